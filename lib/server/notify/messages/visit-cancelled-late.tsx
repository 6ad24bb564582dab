import { defineMessage } from './message';
import { SAMPLE_CHANGE, SAMPLE_VISIT } from './samples';
import { cancellationEmail, cancellationFacts } from './cancellation';
import type { CalendarFacts } from './visit-calendar';

/** Staff cancelled the visit because the resident came too late (as the regulations foresee). */
export const visitCancelledLate = defineMessage<CalendarFacts>({
  template: 'visit-cancelled-late',
  aboutBooking: true,
  email: (i) =>
    cancellationEmail(i, {
      subject: i.t('told.cancelledLate.subject', { reference: i.facts.reference }),
      title: i.t('told.cancelledLate.title'),
      lead: i.t('told.cancelledLate.lead'),
      reason: i.t('told.cancelledLate.reason'),
    }),
  smsBudget: 2,
  sms: (i) => i.t('told.cancelledLate.sms', cancellationFacts(i)),
  sample: { facts: SAMPLE_CHANGE, visit: SAMPLE_VISIT },
});
