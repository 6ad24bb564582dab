// Why something was cancelled, blocked or lifted, as Termin stores it: a code, and beside it the
// note a staff member typed where there is one. Words come from the catalogue when a reason is
// shown or sent, in the reader's language (lib/i18n/reasons.ts); nothing compares stored text.

/** Booking.cancelReason. */
export const CANCEL_REASONS = [
  /** The resident cancelled with the manage link. */
  'BY_RESIDENT',
  /** The hold was not confirmed in time. */
  'NOT_CONFIRMED',
  /** Five wrong confirmation codes voided the hold. */
  'WRONG_CODES',
  /** A clerk cancelled because the resident came too late ("spóźnienie"). */
  'LATE',
  /** A clerk cancelled at the resident's request; the clerk's words are the note. */
  'AT_REQUEST',
  /** A schedule change dropped the visit; the administrator's words are the note. */
  'SCHEDULE_CHANGE',
  /** The resident asked for their data to be erased. */
  'ERASURE_REQUEST',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** A block's reason: the no-show rule's figures, or the note of the administrator who set it. */
export type BlockReason =
  { code: 'NO_SHOWS'; count: number; days: number } | { code: 'MANUAL'; note: string };

/** Why a block ended early: a no-show taken back, or an administrator's note. */
export type LiftReason = { code: 'NO_SHOW_UNDONE' } | { code: 'MANUAL'; note: string };
