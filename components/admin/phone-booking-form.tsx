import type { FormAction } from '@/lib/validation/form-state';
import { type StaffField, StaffForm } from './staff-form';

/** The caller's contact and consent; the chosen time travels in hidden fields. */
export function PhoneBookingForm({
  categoryId,
  matterId,
  startsAt,
  needsApplicationNumber,
  regulationsVersion,
  smsHint,
  bookByPhoneAction,
}: {
  categoryId: string;
  matterId: string;
  startsAt: Date;
  needsApplicationNumber: boolean;
  regulationsVersion: number;
  /** Which numbers can take an SMS (from SMS_COUNTRIES). */
  smsHint: string;
  bookByPhoneAction: FormAction;
}) {
  const fields: StaffField[] = [
    { name: 'categoryId', label: '', type: 'hidden', defaultValue: categoryId },
    { name: 'matterId', label: '', type: 'hidden', defaultValue: matterId },
    { name: 'startsAt', label: '', type: 'hidden', defaultValue: startsAt.toISOString() },
    {
      name: 'email',
      label: 'Adres e-mail rozmówcy (nieobowiązkowy)',
      type: 'email',
      autoComplete: 'off',
      hint: 'Wyślemy na niego potwierdzenie z identyfikatorem, kodem do biletomatu i plikiem kalendarza. Podaj e-mail lub telefon (co najmniej jedno).',
    },
    { name: 'phone', label: 'Numer telefonu rozmówcy (nieobowiązkowy)', type: 'tel', autoComplete: 'off' },
    {
      name: 'smsOptIn',
      label: 'Wyślij potwierdzenie także SMS-em',
      type: 'checkbox',
      hint: `${smsHint} Numer stacjonarny zapisz bez SMS-a, jako telefon kontaktowy.`,
    },
    ...(needsApplicationNumber
      ? [
          {
            name: 'idApplicationNumber',
            label: 'Numer wniosku o wydanie dowodu osobistego',
            hint: 'Pkt 1 potwierdzenia złożenia wniosku, np. ABC123456.',
            autoComplete: 'off',
          } satisfies StaffField,
        ]
      : []),
    {
      name: 'regulationsRead',
      label: `Rozmówca zna i akceptuje regulamin (wersja ${regulationsVersion})`,
      type: 'checkbox',
      hint: 'Przekaż najważniejsze zasady (punktualność, jedna sprawa na wizytę, odwołanie przez odnośnik z e-maila) albo wskaż regulamin na stronie. Akceptację zapiszemy z rezerwacją.',
    },
  ];
  return <StaffForm action={bookByPhoneAction} fields={fields} submit="Zarezerwuj" />;
}
