import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { expireStaleHolds } from './expire-stale-holds';
import { releaseBookings } from './release-booking';

type LockedContact = { kind: 'EMAIL' | 'PHONE'; value: string };

/**
 * The locks these contacts have in the category, after freeing those whose booking is no longer
 * live (an expired hold, a visit that is over), so a stale one never stands in the way.
 */
async function liveLocks(
  tx: Tx,
  categoryId: string,
  bookingId: string,
  contacts: LockedContact[],
  now: Date,
) {
  const where = { categoryId, OR: contacts.map((c) => ({ kind: c.kind, value: c.value })) };
  const select = { bookingId: true, kind: true, value: true } as const;
  const existing = await tx.contactLock.findMany({ where, select });
  const others = [...new Set(existing.map((e) => e.bookingId).filter((id) => id !== bookingId))];
  if (!others.length) return existing;
  // The same e-mail or phone wanted again: no note that the old hold ran out (decision 038).
  await expireStaleHolds(tx, { categoryId, bookingIds: others }, now, { tell: false });
  // A visit that is over no longer counts as live, whether or not a clerk marked it.
  await releaseBookings(tx, others, now);
  return tx.contactLock.findMany({ where, select });
}

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
  // Most often no lock stands in the way: one statement takes them all (a conflict is skipped,
  // never an error, which would abort the caller's transaction). The others go the long way.
  const taken = await tx.$queryRaw<{ kind: string; value: string }[]>`
    INSERT INTO "ContactLock" ("categoryId", kind, value, "bookingId")
    SELECT ${categoryId}::uuid, k::"ContactKind", v, ${bookingId}::uuid
    FROM unnest(${contacts.map((c) => c.kind)}::text[], ${contacts.map((c) => c.value)}::text[]) AS x(k, v)
    ON CONFLICT DO NOTHING
    RETURNING kind::text AS kind, value`;
  const rest = contacts.filter((c) => !taken.some((t) => t.kind === c.kind && t.value === c.value));
  if (rest.length) await lockTheRest(tx, categoryId, bookingId, rest, now);
}

/** Contacts whose lock another booking (or this one) holds already. */
async function lockTheRest(
  tx: Tx,
  categoryId: string,
  bookingId: string,
  contacts: LockedContact[],
  now: Date,
) {
  const existing = await liveLocks(tx, categoryId, bookingId, contacts, now);
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
 * Throws CONTACT_BUSY when another live booking holds this contact in the category (a stale lock
 * is freed first): asked before a correction sends a code to a new address, which it locks only
 * once the code is typed.
 */
export async function assertContactFree(
  tx: Tx,
  booking: { id: string; categoryId: string },
  contact: LockedContact,
  now: Date,
) {
  const locks = await liveLocks(tx, booking.categoryId, booking.id, [contact], now);
  if (locks.some((l) => l.bookingId !== booking.id)) throw new AppError('CONTACT_BUSY');
}

/**
 * A live booking's e-mail or phone changed: the old value's lock is freed and the new one locked,
 * in the caller's transaction. Throws CONTACT_BUSY (and the caller's transaction changes nothing)
 * when the new value already has another live booking in the category.
 */
export async function moveContactLock(
  tx: Tx,
  booking: { id: string; categoryId: string },
  kind: LockedContact['kind'],
  value: string | undefined,
  now: Date,
) {
  await tx.contactLock.deleteMany({
    where: { bookingId: booking.id, kind, ...(value ? { value: { not: value } } : {}) },
  });
  if (value)
    await lockContacts(
      tx,
      booking.categoryId,
      booking.id,
      kind === 'EMAIL' ? { email: value } : { phone: value },
      now,
    );
}
