import { formatDateTime } from '@/lib/i18n/format';
import { at, defineMessage } from './message';
import { type CalendarFacts, visitCalendar } from './visit-calendar';
import { SAMPLE_VISIT } from './samples';

/** A lateness cancellation was taken back: the visit stands after all (back in the calendar). */
export const visitReinstated = defineMessage<CalendarFacts>({
  template: 'visit-reinstated',
  aboutBooking: true,
  email: async (i) => ({
    subject: i.t('notify.reinstated.subject', { reference: i.facts.reference }),
    text: i.t('notify.reinstated.text', {
      reference: i.facts.reference,
      when: formatDateTime(at(i.facts.startsAt)),
      office: i.office.name,
    }),
    icalEvent: visitCalendar(i, 'REQUEST'),
  }),
  sample: {
    facts: {
      reference: SAMPLE_VISIT.reference,
      startsAt: '2026-12-02T07:15:00Z',
      endsAt: '2026-12-02T07:30:00Z',
      sequence: 2,
    },
    visit: SAMPLE_VISIT,
  },
});
