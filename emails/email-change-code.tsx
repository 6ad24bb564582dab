import { Text } from '@react-email/components';
import { translator } from '@/lib/i18n/translator';
import { EmailLayout, EmailNote, EmailTitle, PREVIEW_PHONE, VisitLines, type InLanguage } from './layout';

export type EmailChangeCodeProps = {
  code: string;
  reference: string;
  officeName: string;
  address: string;
  matter: string;
  when: string;
  until: string;
  bookingPhone: string;
};

/** To a new address a resident gave on the manage page: the code that makes it the booking's. */
export default function EmailChangeCodeEmail({
  locale,
  code = '482915',
  reference = 'C-7K3MQX',
  officeName = 'Centrum Usług Publicznych',
  address = 'ul. Rotmistrza Witolda Pileckiego, 45-331 Opole',
  matter = 'Wymiana prawa jazdy',
  when = 'środa, 2 grudnia 2026, 08:15',
  until = '09:41',
  bookingPhone = PREVIEW_PHONE,
}: Partial<EmailChangeCodeProps> & InLanguage) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={t('email.emailChangeCode.preview', { code })}
      bookingPhone={bookingPhone}
    >
      <EmailTitle>{t('email.emailChangeCode.title')}</EmailTitle>
      <Text>{t('email.emailChangeCode.intro', { reference })}</Text>
      <VisitLines matter={matter} when={when} place={`${officeName}, ${address}`} plain />
      <Text>{t('email.emailChangeCode.yourCode')}</Text>
      <Text style={{ fontSize: 32, fontWeight: 'bold', letterSpacing: 6 }}>{code}</Text>
      <Text>{t('email.emailChangeCode.enterBy', { until })}</Text>
      <EmailNote>{t('email.emailChangeCode.notYou')}</EmailNote>
    </EmailLayout>
  );
}
