import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
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
  return releaseWhere(tx, bookingIds, {
    OR: [{ status: { notIn: [...CONTACT_LIVE_STATUSES] } }, { endsAt: { lte: now } }],
  });
}

/**
 * For bookings whose personal data is being erased: their contact locks hold the plain e-mail
 * and phone, so they go whatever the status (a visit under way at the erasure included); seats
 * follow the status as above.
 */
export async function releaseErasedBookings(tx: Tx, bookingIds: string[]) {
  if (!bookingIds.length) return { seats: 0, contacts: 0 };
  return releaseWhere(tx, bookingIds, {});
}

async function releaseWhere(tx: Tx, bookingIds: string[], contactWhen: Prisma.BookingWhereInput) {
  const seats = await tx.slotClaim.deleteMany({
    where: { bookingId: { in: bookingIds }, booking: { status: { in: [...SEAT_FREE_STATUSES] } } },
  });
  const contacts = await tx.contactLock.deleteMany({
    where: { bookingId: { in: bookingIds }, booking: contactWhen },
  });
  return { seats: seats.count, contacts: contacts.count };
}
