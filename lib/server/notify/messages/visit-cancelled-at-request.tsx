import { defineMessage } from './message';
import { SAMPLE_CHANGE, SAMPLE_VISIT } from './samples';
import { cancellationEmail, cancellationSms } from './cancellation';
import type { CalendarFacts } from './visit-calendar';

/** A clerk cancelled the visit because the resident asked; `note` is the clerk's reason. */
export const visitCancelledAtRequest = defineMessage<CalendarFacts & { note: string }>({
  template: 'visit-cancelled-at-request',
  aboutBooking: true,
  email: (i) =>
    cancellationEmail(i, {
      subject: i.t('told.cancelled.subject', { reference: i.facts.reference }),
      title: i.t('told.cancelled.title'),
      lead: i.t('told.cancelledAtRequest.lead'),
      reason: i.t('told.reason', { reason: i.facts.note }),
    }),
  smsBudget: 3,
  // The clerk's note may be long (500 characters): the SMS shortens it to stay within budget.
  sms: (i) => cancellationSms(i, (words) => i.t('told.cancelledAtRequest.sms', words), 3),
  sample: {
    facts: {
      ...SAMPLE_CHANGE,
      note: 'Mieszkaniec poprosił telefonicznie o odwołanie wizyty', // i18n-exempt: sample of a clerk's note
    },
    visit: SAMPLE_VISIT,
  },
});
