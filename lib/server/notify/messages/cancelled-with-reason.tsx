import { defineMessage } from './message';
import { SAMPLE_CHANGE, SAMPLE_VISIT } from './samples';
import { cancellationEmail, cancellationSms } from './cancellation';
import type { CalendarFacts } from './visit-calendar';

// The two cancellations whose reason staff write (`note`, up to 500 characters): a clerk's at the
// resident's request ("na Twoją prośbę") and a schedule change's ("przez urząd", the
// administrator's reason). The e-mail keeps the note whole; the SMS shortens it to its budget.
const WORDS = {
  'visit-cancelled-at-request': {
    subject: 'told.cancelled.subject',
    title: 'told.cancelled.title',
    lead: 'told.cancelledAtRequest.lead',
    sms: 'told.cancelledAtRequest.sms',
  },
  'booking-cancelled-by-office': {
    subject: 'told.cancelledByOffice.subject',
    title: 'told.cancelledByOffice.title',
    lead: 'told.cancelledByOffice.lead',
    sms: 'told.cancelledByOffice.sms',
  },
} as const;

const cancelledWithReason = <T extends keyof typeof WORDS>(template: T, sampleNote: string) => {
  const w = WORDS[template];
  return defineMessage<CalendarFacts & { note: string }>({
    template,
    aboutBooking: true,
    email: (i) =>
      cancellationEmail(i, {
        subject: i.t(w.subject, { reference: i.facts.reference }),
        title: i.t(w.title),
        lead: i.t(w.lead),
        reason: i.t('told.reason', { reason: i.facts.note }),
      }),
    smsBudget: 3,
    sms: (i) => cancellationSms(i, (words) => i.t(w.sms, words), 3),
    sample: { facts: { ...SAMPLE_CHANGE, note: sampleNote }, visit: SAMPLE_VISIT },
  });
};

export const visitCancelledAtRequest = cancelledWithReason(
  'visit-cancelled-at-request',
  'Mieszkaniec poprosił telefonicznie o odwołanie wizyty', // i18n-exempt: sample of a clerk's note
);
export const bookingCancelledByOffice = cancelledWithReason(
  'booking-cancelled-by-office',
  'awaria systemu CEPiK', // i18n-exempt: sample of an administrator's reason
);
