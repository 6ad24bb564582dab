import { formatDateTime } from '@/lib/i18n/format';
import { at, defineMessage } from './message';
import { type CalendarFacts, visitCalendar } from './visit-calendar';
import { SAMPLE_VISIT } from './samples';

/** A schedule change dropped the visit; `note` is the administrator's reason. */
export const bookingCancelledByOffice = defineMessage<CalendarFacts & { note: string }>({
  template: 'booking-cancelled-by-office',
  aboutBooking: true,
  email: async (i) => {
    const { t, facts, office, visit, appUrl } = i;
    return {
      subject: t('notify.cancelledByOffice.subject', { reference: facts.reference }),
      text: t('notify.cancelledByOffice.text', {
        matter: visit!.matter.name,
        when: formatDateTime(at(facts.startsAt)),
        place: `${office.name}, ${office.address}`,
        reference: facts.reference,
        reason: facts.note,
        bookUrl: `${appUrl}/rezerwacja/${office.slug}/${visit!.category.slug}`,
        phone: office.bookingPhone,
      }),
      icalEvent: visitCalendar(i, 'CANCEL'),
    };
  },
  sample: {
    facts: {
      reference: SAMPLE_VISIT.reference,
      startsAt: '2026-12-02T07:15:00Z',
      endsAt: '2026-12-02T07:30:00Z',
      sequence: 1,
      note: 'awaria systemu CEPiK',
    },
    visit: SAMPLE_VISIT,
  },
});
