import { formatDateTime } from '@/lib/i18n/format';
import { type Instant, at, defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';

/** A schedule change dropped the visit; `note` is the administrator's reason. */
export const bookingCancelledByOffice = defineMessage<{ reference: string; startsAt: Instant; note: string }>(
  {
    template: 'booking-cancelled-by-office',
    aboutBooking: true,
    email: async ({ t, facts, office, visit, appUrl }) => ({
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
    }),
    sample: {
      facts: {
        reference: SAMPLE_VISIT.reference,
        startsAt: '2026-12-02T07:15:00Z',
        note: 'awaria systemu CEPiK',
      },
      visit: SAMPLE_VISIT,
    },
  },
);
