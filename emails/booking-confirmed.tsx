import { Link, Text } from '@react-email/components';
import { inSentence } from '@/components/ui/in-sentence';
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

export type BookingConfirmedProps = {
  reference: string;
  kioskCode: string;
  officeName: string;
  address: string;
  matter: string;
  when: string;
  peupUrl: string;
  manageUrl: string;
  kiosk: boolean;
  bookingPhone: string;
};

/** Second e-mail: the booking is confirmed; everything needed on the day. */
export default function BookingConfirmedEmail({
  locale,
  reference = 'C-7K3MQX',
  kioskCode = '40271953',
  officeName = 'Centrum Usług Publicznych',
  address = 'ul. Rotmistrza Witolda Pileckiego, 45-331 Opole',
  matter = 'Wymiana prawa jazdy',
  when = 'środa, 2 grudnia 2026, 08:15',
  peupUrl = 'https://peup.um.opole.pl',
  manageUrl = 'http://localhost:3000/wizyta/przyklad',
  kiosk = true,
  bookingPhone = PREVIEW_PHONE,
}: Partial<BookingConfirmedProps> & InLanguage) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={t('email.confirmed.preview', { when, reference })}
      bookingPhone={bookingPhone}
    >
      <EmailTitle>{t('email.confirmed.title')}</EmailTitle>
      <VisitLines matter={matter} when={when} place={`${officeName}, ${address}`} />
      <Text>
        {t.rich('email.confirmed.reference', {
          reference: inSentence(<strong key="reference">{reference}</strong>),
        })}
      </Text>
      {kiosk && (
        <Text>
          {t.rich('email.confirmed.kioskCode', {
            code: inSentence(
              <strong key="code" style={{ fontSize: 20 }}>
                {kioskCode}
              </strong>,
            ),
          })}
        </Text>
      )}
      <Text>
        {t.rich('email.confirmed.peup', {
          link: inSentence(
            <Link key="link" href={peupUrl}>
              {t('email.confirmed.peupLink')}
            </Link>,
          ),
        })}
      </Text>
      <Text>{t('email.confirmed.onTheDay')}</Text>
      <EmailButton href={manageUrl}>{t('email.confirmed.manage')}</EmailButton>
      <EmailNote>{t('email.confirmed.attachment')}</EmailNote>
    </EmailLayout>
  );
}
