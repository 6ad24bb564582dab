import type { FormAction } from '@/lib/validation/form-state';
import { useTranslations } from '@/lib/i18n/server';
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
  const t = useTranslations();
  const fields: StaffField[] = [
    { name: 'categoryId', label: '', type: 'hidden', defaultValue: categoryId },
    { name: 'matterId', label: '', type: 'hidden', defaultValue: matterId },
    { name: 'startsAt', label: '', type: 'hidden', defaultValue: startsAt.toISOString() },
    {
      name: 'email',
      label: t('admin.phone.email'),
      type: 'email',
      autoComplete: 'off',
      hint: t('admin.phone.emailHint'),
    },
    { name: 'phone', label: t('admin.phone.phone'), type: 'tel', autoComplete: 'off' },
    {
      name: 'smsOptIn',
      label: t('admin.phone.smsOptIn'),
      type: 'checkbox',
      hint: t('admin.phone.smsHint', { sms: smsHint }),
    },
    ...(needsApplicationNumber
      ? [
          {
            name: 'idApplicationNumber',
            label: t('admin.phone.applicationNumber'),
            hint: t('admin.phone.applicationNumberHint'),
            autoComplete: 'off',
          } satisfies StaffField,
        ]
      : []),
    {
      name: 'regulationsRead',
      label: t('admin.phone.regulations', { version: String(regulationsVersion) }),
      type: 'checkbox',
      hint: t('admin.phone.regulationsHint'),
    },
  ];
  return <StaffForm action={bookByPhoneAction} fields={fields} submit={t('admin.phone.submit')} />;
}
