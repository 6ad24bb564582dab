import { defineMessage } from './message';
import { type CalendarFacts, visitCalendar } from './visit-calendar';
import { SAMPLE_VISIT } from './samples';

/** The resident cancelled a confirmed visit with the manage link (its .ics takes it out: CANCEL). */
export const bookingCancelled = defineMessage<CalendarFacts>({
  template: 'booking-cancelled',
  aboutBooking: true,
  email: async (i) => ({
    subject: i.t('notify.cancelled.subject', { reference: i.facts.reference }),
    text: i.t('notify.cancelled.text', { reference: i.facts.reference }),
    icalEvent: visitCalendar(i, 'CANCEL'),
  }),
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
