import { Text } from '@react-email/components';
import { rich } from '@/components/ui/rich-text';
import { t } from '@/lib/i18n/t';
import type { BookingConfirmedProps } from './booking-confirmed';
import { EmailButton, EmailLayout, EmailTitle, PREVIEW_PHONE, VisitLines } from './layout';

/** manageUrl is optional: only the token's hash is stored, so reminders point to the confirmation e-mail. */
export type VisitReminderProps = Omit<BookingConfirmedProps, 'peupUrl' | 'manageUrl'> & {
  manageUrl?: string;
};

/** The day before the visit. */
export default function VisitReminderEmail({
  reference = 'C-7K3MQX',
  kioskCode = '40271953',
  officeName = 'Centrum Usług Publicznych',
  address = 'ul. Rotmistrza Witolda Pileckiego, 45-331 Opole',
  matter = 'Wymiana prawa jazdy',
  when = 'jutro, środa, 2 grudnia 2026, 08:15',
  manageUrl,
  kiosk = true,
  bookingPhone = PREVIEW_PHONE,
}: Partial<VisitReminderProps>) {
  return (
    <EmailLayout preview={t('email.reminder.preview', { when })} bookingPhone={bookingPhone}>
      <EmailTitle>{t('email.reminder.title')}</EmailTitle>
      <VisitLines matter={matter} when={when} place={`${officeName}, ${address}`} />
      <Text>
        {rich('email.reminder.reference', { reference: <strong>{reference}</strong> })}
        {kiosk && (
          <>
            <br />
            {rich('email.reminder.kioskCode', { code: <strong>{kioskCode}</strong> })}
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
