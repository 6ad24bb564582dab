import { Text } from '@react-email/components';
import { inSentence } from '@/components/ui/in-sentence';
import { translator } from '@/lib/i18n/translator';
import type { BookingConfirmedProps } from './booking-confirmed';
import { EmailButton, EmailLayout, EmailTitle, PREVIEW_PHONE, VisitLines, type InLanguage } from './layout';

/** manageUrl is optional: only the token's hash is stored, so reminders point to the confirmation e-mail. */
export type VisitReminderProps = Omit<BookingConfirmedProps, 'peupUrl' | 'manageUrl'> & {
  manageUrl?: string;
};

/** The day before the visit. */
export default function VisitReminderEmail({
  locale,
  reference = 'C-7K3MQX',
  kioskCode = '40271953',
  officeName = 'Centrum Usług Publicznych',
  address = 'ul. Rotmistrza Witolda Pileckiego, 45-331 Opole',
  matter = 'Wymiana prawa jazdy',
  when = 'jutro, środa, 2 grudnia 2026, 08:15',
  manageUrl,
  kiosk = true,
  bookingPhone = PREVIEW_PHONE,
}: Partial<VisitReminderProps> & InLanguage) {
  const t = translator(locale);
  return (
    <EmailLayout locale={locale} preview={t('email.reminder.preview', { when })} bookingPhone={bookingPhone}>
      <EmailTitle>{t('email.reminder.title')}</EmailTitle>
      <VisitLines matter={matter} when={when} place={`${officeName}, ${address}`} />
      <Text>
        {t.rich('email.reminder.reference', {
          reference: inSentence(<strong key="reference">{reference}</strong>),
        })}
        {kiosk && (
          <>
            <br />
            {t.rich('email.reminder.kioskCode', {
              code: inSentence(<strong key="code">{kioskCode}</strong>),
            })}
          </>
        )}
      </Text>
      <Text>{t('email.reminder.onTime')}</Text>
      {manageUrl ? (
        <EmailButton href={manageUrl}>{t('email.reminder.manage')}</EmailButton>
      ) : (
        <Text>{t('email.reminder.manageElsewhere')}</Text>
      )}
    </EmailLayout>
  );
}
