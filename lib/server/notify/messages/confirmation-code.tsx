import ConfirmationCodeEmail from '@/emails/confirmation-code';
import { formatDateTime, formatTime } from '@/lib/i18n/format';
import { renderEmail } from '../render-email';
import { placeholder } from '../outbox-secrets';
import { type Instant, at, defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';

/**
 * The one-time code of a hold (e-mail with the link to the code page, SMS when asked for); `resent`
 * for a new code, which says the previous one is void. Lives until the hold ends (`until`).
 */
export const confirmationCode = defineMessage<{ until: Instant; resent: boolean }>({
  template: 'confirmation-code',
  aboutBooking: true,
  secrets: { EMAIL: ['code', 'token'], SMS: ['code'] },
  email: async ({ t, locale, facts, office, visit, appUrl }) => {
    const code = placeholder('code');
    const until = formatTime(at(facts.until));
    if (facts.resent)
      return {
        subject: t('notify.code.resentSubject', { code }),
        text: t('notify.code.resentText', { code, until }),
      };
    return renderEmail(
      t('notify.code.subject', { code }),
      <ConfirmationCodeEmail
        locale={locale}
        code={code}
        officeName={office.name}
        address={office.address}
        matter={visit!.matter.name}
        when={formatDateTime(visit!.startsAt)}
        expiresAt={until}
        confirmUrl={`${appUrl}/wizyta/${placeholder('token')}`}
        bookingPhone={office.bookingPhone}
      />,
    );
  },
  smsBudget: 1,
  sms: ({ t, facts }) =>
    facts.resent
      ? t('notify.code.resentSms', { code: placeholder('code') })
      : t('notify.code.sms', { code: placeholder('code'), until: formatTime(at(facts.until)) }),
  sample: { facts: { until: '2026-12-01T09:41:00Z', resent: false }, visit: SAMPLE_VISIT },
});
