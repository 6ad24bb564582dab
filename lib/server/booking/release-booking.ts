import 'server-only';
import { type Tx } from '@/lib/server/core/db';
import { CONTACT_LIVE_STATUSES, SEAT_FREE_STATUSES } from '@/lib/domain/visit-status';

/**
 * The one place that frees seats (SlotClaim) and contact locks (ContactLock), in the caller's
 * transaction, after the caller's conditional status change. It frees exactly the given
 * bookings', and of those only what their status no longer holds, as the database sees it now:
 * a seat once the booking is cancelled or expired, a contact once the booking is no longer live
 * (served, missed, cancelled, expired) or its visit is over. So an id passed by mistake, or a
 * booking confirmed a moment ago by another transaction, keeps its seat and its contact.
 */
export async function releaseBookings(tx: Tx, bookingIds: string[], now: Date) {
  if (!bookingIds.length) return { seats: 0, contacts: 0 };
  const seats = await tx.slotClaim.deleteMany({
    where: { bookingId: { in: bookingIds }, booking: { status: { in: [...SEAT_FREE_STATUSES] } } },
  });
  const contacts = await tx.contactLock.deleteMany({
    where: {
      bookingId: { in: bookingIds },
      booking: { OR: [{ status: { notIn: [...CONTACT_LIVE_STATUSES] } }, { endsAt: { lte: now } }] },
    },
  });
  return { seats: seats.count, contacts: contacts.count };
}
