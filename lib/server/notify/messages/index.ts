import { bookingCancelled } from './booking-cancelled';
import { bookingConfirmed } from './booking-confirmed';
import { bookingCorrected } from './booking-corrected';
import { bookingCancelledByOffice, visitCancelledAtRequest } from './cancelled-with-reason';
import { confirmationCode } from './confirmation-code';
import { contactBlocked } from './contact-blocked';
import { contactUnblocked } from './contact-unblocked';
import { emailChangeCode } from './email-change-code';
import { holdExpired } from './hold-expired';
import type { MessageModule } from './message';
import { visitCancelledLate } from './visit-cancelled-late';
import { visitMoved, visitRescheduled } from './visit-moved';
import { visitReinstated } from './visit-reinstated';
import { visitReminder } from './visit-reminder';

/** Every message Termin sends, by the template name the outbox stores. */
export const MESSAGES = {
  'confirmation-code': confirmationCode,
  'booking-confirmed': bookingConfirmed,
  'visit-reminder': visitReminder,
  'visit-rescheduled': visitRescheduled,
  'visit-moved': visitMoved,
  'visit-cancelled-at-request': visitCancelledAtRequest,
  'visit-cancelled-late': visitCancelledLate,
  'booking-cancelled': bookingCancelled,
  'booking-cancelled-by-office': bookingCancelledByOffice,
  'visit-reinstated': visitReinstated,
  'hold-expired': holdExpired,
  'contact-blocked': contactBlocked,
  'contact-unblocked': contactUnblocked,
  'email-change-code': emailChangeCode,
  'booking-corrected': bookingCorrected,
} as const;

export type Template = keyof typeof MESSAGES;
export type FactsOf<T extends Template> = (typeof MESSAGES)[T] extends MessageModule<infer F> ? F : never;

/** The module of a stored template name, or undefined for one this release does not know. */
export function messageModule(template: string): MessageModule<unknown> | undefined {
  return Object.hasOwn(MESSAGES, template)
    ? (MESSAGES[template as Template] as MessageModule<unknown>)
    : undefined;
}
