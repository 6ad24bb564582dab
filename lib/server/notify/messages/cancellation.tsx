import { fitSms } from '@/lib/domain/sms-segments';
import type { RenderInput } from './message';
import { type ChangeWords, changeEmail, whenOf } from './visit-change';
import { type CalendarFacts, visitCalendar } from './visit-calendar';

// The four cancellations of a visit (by the resident, by a clerk at their request, for lateness,
// by a schedule change) share their shape: the visit that is no longer booked, by whom and why,
// how to book again, and the calendar event taken out (CANCEL with STATUS:CANCELLED).

/** A cancellation's e-mail: its own words, the rest shared. */
export const cancellationEmail = (i: RenderInput<CalendarFacts>, words: ChangeWords) =>
  changeEmail(i, words, { calendar: visitCalendar(i, 'CANCEL') });

/**
 * A cancellation's SMS with a reason written by staff (up to 500 characters): shortened with "…"
 * so that the text stays within `segments`; the e-mail keeps it whole.
 */
export const cancellationSms = (
  { facts, office }: RenderInput<CalendarFacts & { note: string }>,
  write: (words: { reference: string; when: string; phone: string; reason: string }) => string,
  segments: number,
) =>
  fitSms(
    (reason) =>
      write({ reference: facts.reference, when: whenOf(facts), phone: office.bookingPhone, reason }),
    facts.note,
    segments,
  );

/** A cancellation's words that need no reason: identifier, time and the office's phone. */
export const cancellationFacts = ({ facts, office }: RenderInput<CalendarFacts>) => ({
  reference: facts.reference,
  when: whenOf(facts),
  phone: office.bookingPhone,
});
