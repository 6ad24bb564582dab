import { Link, Text } from '@react-email/components';
import { inSentence } from '@/components/ui/in-sentence';
import { translator } from '@/lib/i18n/translator';
import { EmailLayout, EmailTitle, PREVIEW_PHONE, VisitLines, type InLanguage } from './layout';

export type VisitCancelledLateProps = {
  reference: string;
  officeName: string;
  matter: string;
  when: string;
  bookingPhone: string;
  bookUrl: string;
};

/** Staff cancelled the visit because the resident came too late (as the regulations foresee). */
export default function VisitCancelledLateEmail({
  locale,
  reference = 'W-7K3MQX',
  officeName = 'Wydział Spraw Obywatelskich',
  matter = 'Odbiór nowego dowodu osobistego',
  when = 'środa, 2 grudnia 2026, 08:15',
  bookingPhone = PREVIEW_PHONE,
  bookUrl = 'http://localhost:3000/',
}: Partial<VisitCancelledLateProps> & InLanguage) {
  const t = translator(locale);
  return (
    <EmailLayout
      locale={locale}
      preview={t('email.cancelledLate.preview', { reference })}
      bookingPhone={bookingPhone}
    >
      <EmailTitle>{t('email.cancelledLate.title')}</EmailTitle>
      <VisitLines matter={matter} when={when} place={officeName}>
        <br />
        {t.rich('email.cancelledLate.reference', {
          reference: inSentence(<strong key="reference">{reference}</strong>),
        })}
      </VisitLines>
      <Text>{t('email.cancelledLate.why')}</Text>
      <Text>
        {t.rich('email.cancelledLate.bookAgain', {
          phone: bookingPhone,
          link: inSentence(
            <Link key="link" href={bookUrl}>
              {bookUrl}
            </Link>,
          ),
        })}
      </Text>
    </EmailLayout>
  );
}
