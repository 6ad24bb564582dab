// A stored reason (lib/domain/reasons.ts) in words, in the language of the translator handed in:
// the reader's (a page's getTranslations) or the recipient's (a message). Where staff typed a
// note, the note is the reason's words, as they typed it.
import type { BlockReason, CancelReason, LiftReason } from '@/lib/domain/reasons';
import type { Translator } from './translator';

/** Why a booking was cancelled (or its hold voided). */
export function cancelReasonText(t: Translator, code: CancelReason, note?: string | null): string {
  return note || t(`reasons.cancel.${code}`);
}

/** Why a contact is blocked: the no-show rule's figures, or the administrator's note. */
export function blockReasonText(t: Translator, reason: BlockReason): string {
  if (reason.code === 'MANUAL') return reason.note;
  // The days as a string, as the rule's sentence always had them: never grouped ("1 000").
  return t('reasons.block.NO_SHOWS', { count: reason.count, days: String(reason.days) });
}

/** Why a block ended early. */
export function liftReasonText(t: Translator, reason: LiftReason): string {
  return reason.code === 'MANUAL' ? reason.note : t('reasons.lift.NO_SHOW_UNDONE');
}
