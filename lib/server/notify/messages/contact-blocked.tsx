import ContactBlockedEmail from '@/emails/contact-blocked';
import type { BlockReason } from '@/lib/domain/reasons';
import { formatDateTime } from '@/lib/i18n/format';
import { blockReasonText } from '@/lib/i18n/reasons';
import { type Contact, describeContact } from '@/lib/server/blocks/find-active-block';
import { renderEmail } from '../render-email';
import { type Instant, at, defineMessage } from './message';
import { SAMPLE_OFFICE_ID } from './samples';

/**
 * Why and until when online booking is refused for the address's contacts at an office (the page
 * never says why: the reason goes to the address only).
 */
export const contactBlocked = defineMessage<{
  officeId: string;
  contacts: Contact[];
  reason: BlockReason;
  endsAt: Instant;
}>({
  template: 'contact-blocked',
  aboutBooking: false,
  email: ({ t, locale, facts, office }) => {
    const endsAt = formatDateTime(at(facts.endsAt));
    return renderEmail(
      t('notify.blocked.subject', { endsAt }),
      <ContactBlockedEmail
        locale={locale}
        officeName={office.name}
        contacts={facts.contacts.map((c) => describeContact(c, t))}
        reason={blockReasonText(t, facts.reason)}
        endsAt={endsAt}
        bookingPhone={office.bookingPhone}
        byRule={facts.reason.code === 'NO_SHOWS'}
      />,
    );
  },
  sample: {
    facts: {
      officeId: SAMPLE_OFFICE_ID,
      contacts: [
        { kind: 'EMAIL', value: 'jan.kowalski@example.com' },
        { kind: 'PHONE', value: '+48600100200' },
      ],
      reason: { code: 'NO_SHOWS', count: 2, days: 90 },
      endsAt: '2026-12-15T09:00:00Z',
    },
    visit: null,
  },
});
