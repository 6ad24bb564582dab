// Names of the codes the domain uses (a booking's status, what a clerk records), in words.
import { type BookingStatus, LATE_REASON, type StatusIntent } from '@/lib/domain/visit-status';
import { translator } from './translator';

/** The label on the list: a cancellation for lateness says so, since it matters at the desk. */
export function statusLabel(status: BookingStatus, cancelReason?: string | null): string {
  const t = translator();
  if (status === 'CANCELLED' && cancelReason === LATE_REASON) return t('visits.cancelledLate');
  return t(`visits.status.${status}`);
}

/** The button a clerk presses to record it ("Na miejscu", "Anuluj (spóźnienie)"). */
export function intentLabel(intent: StatusIntent): string {
  const t = translator();
  return t(`visits.intent.${intent}`);
}
