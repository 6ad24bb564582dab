import EmailChangeCodeEmail from '@/emails/email-change-code';
import { formatTime } from '@/lib/i18n/format';
import { renderEmail } from '../render-email';
import { placeholder } from '../outbox-secrets';
import { type Instant, at, defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';

/**
 * The code that makes a new address the booking's (docs/decisions/039), to that new address
 * only: e-mail, no SMS (the SMS would prove nothing about the address). Lives until `until`.
 * Says nothing of the visit: the address is not proven yet (emails/email-change-code.tsx).
 */
export const emailChangeCode = defineMessage<{ until: Instant }>({
  template: 'email-change-code',
  aboutBooking: true,
  secrets: { EMAIL: ['code'] },
  email: ({ t, locale, facts, office }) => {
    const code = placeholder('code');
    return renderEmail(
      t('notify.emailChangeCode.subject', { code }),
      <EmailChangeCodeEmail
        locale={locale}
        code={code}
        until={formatTime(at(facts.until))}
        bookingPhone={office.bookingPhone}
      />,
    );
  },
  sample: { facts: { until: '2026-12-01T09:41:00Z' }, visit: SAMPLE_VISIT },
});
