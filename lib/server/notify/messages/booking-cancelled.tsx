import { defineMessage } from './message';
import { SAMPLE_CHANGE, SAMPLE_VISIT } from './samples';
import { cancellationEmail, cancellationFacts } from './cancellation';
import type { CalendarFacts } from './visit-calendar';

/** The resident cancelled their confirmed visit with the manage link ("na Twoją prośbę"). */
export const bookingCancelled = defineMessage<CalendarFacts>({
  template: 'booking-cancelled',
  aboutBooking: true,
  email: (i) =>
    cancellationEmail(i, {
      subject: i.t('told.cancelled.subject', { reference: i.facts.reference }),
      title: i.t('told.cancelled.title'),
      lead: i.t('told.cancelled.lead'),
    }),
  smsBudget: 2,
  sms: (i) => i.t('told.cancelled.sms', cancellationFacts(i)),
  sample: { facts: SAMPLE_CHANGE, visit: SAMPLE_VISIT },
});
