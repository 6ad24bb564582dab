import VisitCancelledLateEmail from '@/emails/visit-cancelled-late';
import { formatDateTime } from '@/lib/i18n/format';
import { renderEmail } from '../render-email';
import { at, defineMessage } from './message';
import { type CalendarFacts, visitCalendar } from './visit-calendar';
import { SAMPLE_VISIT } from './samples';

/** Staff cancelled the visit because the resident came too late (as the regulations foresee). */
export const visitCancelledLate = defineMessage<CalendarFacts>({
  template: 'visit-cancelled-late',
  aboutBooking: true,
  email: async (i) => {
    const { t, locale, facts, office, visit, appUrl } = i;
    const content = await renderEmail(
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
    );
    return { ...content, icalEvent: visitCalendar(i, 'CANCEL') };
  },
  sample: {
    facts: {
      reference: SAMPLE_VISIT.reference,
      startsAt: '2026-12-02T07:15:00Z',
      endsAt: '2026-12-02T07:30:00Z',
      sequence: 1,
    },
    visit: SAMPLE_VISIT,
  },
});
