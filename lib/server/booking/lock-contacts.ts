import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { expireStaleHolds } from './expire-stale-holds';
import { releaseBookings } from './release-booking';

/**
 * The rule "one live booking per e-mail and per phone in a category": the primary key of
 * ContactLock (category, kind, value) decides. A lock whose booking is no longer live (an expired
 * hold, a visit that is over) is freed first, so it never stands in the way. Shared with bookings
 * made by phone, where either contact may be missing, and with an undo that makes a visit live
 * again (apply-transition.ts). Throws CONTACT_BUSY when another live booking holds a contact.
 */
export async function lockContacts(
  tx: Tx,
  categoryId: string,
  bookingId: string,
  details: { email?: string; phone?: string },
  now: Date,
) {
  const contacts = [
    ...(details.email ? [{ kind: 'EMAIL' as const, value: details.email }] : []),
    ...(details.phone ? [{ kind: 'PHONE' as const, value: details.phone }] : []),
  ];
  if (!contacts.length) return;
  const existing = await tx.contactLock.findMany({
    where: { categoryId, OR: contacts.map((c) => ({ kind: c.kind, value: c.value })) },
    select: { bookingId: true, kind: true, value: true },
  });
  const others = [...new Set(existing.map((e) => e.bookingId).filter((id) => id !== bookingId))];
  if (others.length) {
    // The same e-mail or phone booking again: no note that the old hold ran out.
    await expireStaleHolds(tx, { categoryId, bookingIds: others }, now, { tell: false });
    // A visit that is over no longer counts as live, whether or not a clerk marked it.
    await releaseBookings(tx, others, now);
  }
  // The booking's own locks stay as they are (a visit made live again by an undo).
  const own = new Set(existing.filter((e) => e.bookingId === bookingId).map((e) => `${e.kind}:${e.value}`));
  const missing = contacts.filter((c) => !own.has(`${c.kind}:${c.value}`));
  if (!missing.length) return;
  try {
    await tx.contactLock.createMany({ data: missing.map((c) => ({ ...c, categoryId, bookingId })) });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')
      throw new AppError('CONTACT_BUSY');
    throw e;
  }
}

/**
 * A live booking's phone changed: the old number's lock is freed and the new number locked, in
 * the caller's transaction. Throws CONTACT_BUSY (and the caller's transaction changes nothing)
 * when the new number already has another live booking in the category.
 */
export async function movePhoneLock(
  tx: Tx,
  booking: { id: string; categoryId: string },
  phone: string | undefined,
  now: Date,
) {
  await tx.contactLock.deleteMany({
    where: { bookingId: booking.id, kind: 'PHONE', ...(phone ? { value: { not: phone } } : {}) },
  });
  if (phone) await lockContacts(tx, booking.categoryId, booking.id, { phone }, now);
}
