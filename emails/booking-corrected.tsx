import { Text } from '@react-email/components';
import type { CorrectedField } from '@/lib/domain/corrections';
import { translator } from '@/lib/i18n/translator';
import { EmailLayout, EmailNote, EmailTitle, PREVIEW_PHONE, VisitLines, type InLanguage } from './layout';

export type BookingCorrectedProps = {
  field: CorrectedField;
  /** The new value, masked ("j***@example.com"); null when it was removed (a phone number). */
  value: string | null;
  reference: string;
  officeName: string;
  address: string;
  matter: string;
  when: string;
  bookingPhone: string;
};

/** To the booking's old address: one of its data was corrected on the manage page. */
export default function BookingCorrectedEmail({
  locale,
  field = 'email',
  value = 'j***@example.com',
  reference = 'C-7K3MQX',
  officeName = 'Centrum Usług Publicznych',
  address = 'ul. Rotmistrza Witolda Pileckiego, 45-331 Opole',
  matter = 'Wymiana prawa jazdy',
  when = 'środa, 2 grudnia 2026, 08:15',
  bookingPhone = PREVIEW_PHONE,
}: Partial<BookingCorrectedProps> & InLanguage) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={t('email.corrected.preview', { reference })}
      bookingPhone={bookingPhone}
    >
      <EmailTitle>{t('email.corrected.title')}</EmailTitle>
      <Text>
        {value === null
          ? t('email.corrected.phoneRemoved', { reference })
          : t(`email.corrected.${field}`, { reference, value })}
      </Text>
      <VisitLines matter={matter} when={when} place={`${officeName}, ${address}`} plain />
      <Text>
        <strong>{t('email.corrected.notYou', { phone: bookingPhone })}</strong>
      </Text>
      {value !== null && <EmailNote>{t('email.corrected.masked')}</EmailNote>}
    </EmailLayout>
  );
}
