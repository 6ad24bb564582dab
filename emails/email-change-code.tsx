import { Text } from '@react-email/components';
import { translator } from '@/lib/i18n/translator';
import { EmailLayout, EmailNote, EmailTitle, PREVIEW_PHONE, type InLanguage } from './layout';

export type EmailChangeCodeProps = {
  code: string;
  until: string;
  bookingPhone: string;
};

/**
 * To a new address a resident gave on the manage page: the code that makes it the booking's. The
 * address is not yet proven to be the resident's (a typo reaches a stranger), so nothing of the
 * visit is in it: no identifier, matter, time or office.
 */
export default function EmailChangeCodeEmail({
  locale,
  code = '482915',
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
      <Text>{t('email.emailChangeCode.intro')}</Text>
      <Text>{t('email.emailChangeCode.yourCode')}</Text>
      <Text style={{ fontSize: 32, fontWeight: 'bold', letterSpacing: 6 }}>{code}</Text>
      <Text>{t('email.emailChangeCode.enterBy', { until })}</Text>
      <EmailNote>{t('email.emailChangeCode.notYou')}</EmailNote>
    </EmailLayout>
  );
}
