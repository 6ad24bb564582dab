import VisitCancelledLateEmail from '@/emails/visit-cancelled-late';
import { formatDateTime } from '@/lib/i18n/format';
import { renderEmail } from '../render-email';
import { type Instant, at, defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';

/** Staff cancelled the visit because the resident came too late (as the regulations foresee). */
export const visitCancelledLate = defineMessage<{ reference: string; startsAt: Instant }>({
  template: 'visit-cancelled-late',
  aboutBooking: true,
  email: ({ t, locale, facts, office, visit, appUrl }) =>
    renderEmail(
      t('notify.cancelledLate.subject', { reference: facts.reference }),
      <VisitCancelledLateEmail
        locale={locale}
        reference={facts.reference}
        officeName={office.name}
        matter={visit!.matter.name}
        when={formatDateTime(at(facts.startsAt))}
        bookingPhone={office.bookingPhone}
        bookUrl={`${appUrl}/`}
      />,
    ),
  sample: {
    facts: { reference: SAMPLE_VISIT.reference, startsAt: '2026-12-02T07:15:00Z' },
    visit: SAMPLE_VISIT,
  },
});
