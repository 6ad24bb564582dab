import { Alert } from '@/components/ui/alert';
import { inSentence } from '@/components/ui/in-sentence';
import { useTranslations } from '@/lib/i18n/server';

/**
 * The manage page right after "Zmień termin" (the new link's page): the new time, where the news
 * went (the same channels reschedule-booking.ts queued to), and that the old link is dead. A new
 * day also drew a new identifier.
 */
export function RescheduledNotice(p: {
  when: string;
  reference: string;
  dayChanged: boolean;
  email: string | null;
  /** The number the SMS went to, if one did. */
  smsPhone: string | null;
}) {
  const t = useTranslations();
  const strong = (key: string, text: string) =>
    inSentence(
      <strong key={key} className="break-all">
        {text}
      </strong>,
    );
  const email = p.email && strong('email', p.email);
  const phone = p.smsPhone && strong('phone', p.smsPhone);
  return (
    <Alert tone="success" title={t('changes.reschedule.done.title', { when: p.when })} className="mb-4">
      {p.dayChanged && (
        <p className="mt-1">
          {t.rich('changes.reschedule.done.newReference', { reference: strong('reference', p.reference) })}
        </p>
      )}
      <p className="mt-1">
        {email && phone
          ? t.rich('changes.reschedule.done.sentBoth', { email, phone })
          : email
            ? t.rich('changes.reschedule.done.sentEmail', { email })
            : phone
              ? t.rich('changes.reschedule.done.sentSms', { phone })
              : t('changes.reschedule.done.sentNone')}
      </p>
      <p className="mt-1">{t('changes.reschedule.done.oldLink')}</p>
    </Alert>
  );
}
