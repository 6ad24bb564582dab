import { Text } from '@react-email/components';
import { translator } from '@/lib/i18n/translator';
import {
  EmailButton,
  EmailLayout,
  EmailNote,
  EmailTitle,
  PREVIEW_PHONE,
  VisitLines,
  type InLanguage,
} from './layout';

export type ConfirmationCodeProps = {
  code: string;
  officeName: string;
  address: string;
  matter: string;
  when: string;
  expiresAt: string;
  confirmUrl: string;
  bookingPhone: string;
};

/** First e-mail: the one-time code that turns a held time into a booking. */
export default function ConfirmationCodeEmail({
  locale,
  code = '482915',
  officeName = 'Centrum Usług Publicznych',
  address = 'ul. Rotmistrza Witolda Pileckiego, 45-331 Opole',
  matter = 'Wymiana prawa jazdy',
  when = 'środa, 2 grudnia 2026, 08:15',
  expiresAt = '09:41',
  confirmUrl = 'http://localhost:3000/wizyta/przyklad',
  bookingPhone = PREVIEW_PHONE,
}: Partial<ConfirmationCodeProps> & InLanguage) {
  const t = translator(locale);
  return (
    <EmailLayout locale={locale} preview={t('email.code.preview', { code })} bookingPhone={bookingPhone}>
      <EmailTitle>{t('email.code.title')}</EmailTitle>
      <Text>{t('email.code.yourCode')}</Text>
      <Text style={{ fontSize: 32, fontWeight: 'bold', letterSpacing: 6 }}>{code}</Text>
      <Text>{t('email.code.enterBy', { expiresAt })}</Text>
      <EmailButton href={confirmUrl}>{t('email.code.confirm')}</EmailButton>
      <VisitLines matter={matter} when={when} place={`${officeName}, ${address}`} plain />
      <EmailNote>{t('email.code.notYou')}</EmailNote>
    </EmailLayout>
  );
}
