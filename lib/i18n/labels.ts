// Names of the codes the domain uses (a booking's status, what a clerk records), in words.
import type { CancelReason } from '@/lib/domain/reasons';
import { type BookingStatus, type StatusIntent } from '@/lib/domain/visit-status';
import { translator } from './translator';

/** The label on the list: a cancellation for lateness says so, since it matters at the desk. */
export function statusLabel(status: BookingStatus, cancelReason?: CancelReason | null): string {
  const t = translator();
  if (status === 'CANCELLED' && cancelReason === 'LATE') return t('visits.cancelledLate');
  return t(`visits.status.${status}`);
}

/** The button a clerk presses to record it ("Na miejscu", "Anuluj (spóźnienie)"). */
export function intentLabel(intent: StatusIntent): string {
  const t = translator();
  return t(`visits.intent.${intent}`);
}
