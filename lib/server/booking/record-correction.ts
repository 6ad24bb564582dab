import 'server-only';
import { type CorrectedField, maskValue } from '@/lib/domain/corrections';
import { writeAudit } from '@/lib/server/core/audit';
import { type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { LIMITS, hitRateLimit } from '@/lib/server/core/rate-limit';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';

/**
 * One correction more for this booking today (refused past the limit, with the office's phone).
 * Counted apart from the caller's transaction: a refused or failed try counts too.
 */
export async function countCorrection(
  before: { id: string; office: { bookingPhone: string } },
  now: Date,
): Promise<void> {
  if ((await hitRateLimit(LIMITS.correctionBooking, before.id, now)) !== null)
    throw new AppError('RATE_LIMITED', {
      message: 'corrections.bookingLimit',
      params: { phone: before.office.bookingPhone },
    });
}

/**
 * What every correction on the manage page does besides the change, in its transaction
 * (docs/decisions/039): the audit entry, which names the field and never a value (the audit
 * outlives the booking's personal data), and the notice to the booking's old address with the new
 * value masked: its e-mail as it was before the change, or, without one, an SMS to the phone as it
 * was (sent only to a mobile, as every SMS).
 */
export async function recordCorrection(
  tx: Tx,
  c: {
    /** The booking as it was before the change. */
    before: { id: string; reference: string; email: string | null; phone: string | null };
    field: CorrectedField;
    /** The new value; null when it was removed. */
    value: string | null;
  },
): Promise<void> {
  const { before, field } = c;
  await writeAudit(tx, 'resident', 'booking.corrected', 'Booking', before.id, {
    reference: before.reference,
    field,
    removed: c.value === null,
    via: 'manage-link',
  });
  const message = {
    template: 'booking-corrected',
    facts: { field, value: maskValue(field, c.value), reference: before.reference },
    bookingId: before.id,
  } as const;
  if (before.email) await enqueueMessage(tx, { ...message, channel: 'EMAIL', recipient: before.email });
  else if (before.phone) await enqueueMessage(tx, { ...message, channel: 'SMS', recipient: before.phone });
}
