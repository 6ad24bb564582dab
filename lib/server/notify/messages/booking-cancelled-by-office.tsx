import { defineMessage } from './message';
import { SAMPLE_CHANGE, SAMPLE_VISIT } from './samples';
import { cancellationEmail, cancellationSms } from './cancellation';
import type { CalendarFacts } from './visit-calendar';

/** A schedule change dropped the visit ("przez urząd"); `note` is the administrator's reason. */
export const bookingCancelledByOffice = defineMessage<CalendarFacts & { note: string }>({
  template: 'booking-cancelled-by-office',
  aboutBooking: true,
  email: (i) =>
    cancellationEmail(i, {
      subject: i.t('told.cancelledByOffice.subject', { reference: i.facts.reference }),
      title: i.t('told.cancelledByOffice.title'),
      lead: i.t('told.cancelledByOffice.lead'),
      reason: i.t('told.reason', { reason: i.facts.note }),
    }),
  smsBudget: 3,
  sms: (i) => cancellationSms(i, (words) => i.t('told.cancelledByOffice.sms', words), 3),
  sample: { facts: { ...SAMPLE_CHANGE, note: 'awaria systemu CEPiK' }, visit: SAMPLE_VISIT },
});
