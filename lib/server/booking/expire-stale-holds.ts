import 'server-only';
import { type Tx } from '@/lib/server/core/db';
import { applyTransition } from './apply-transition';

/**
 * The rule "a hold not confirmed within its time (ServiceCategory.holdMinutes, at the latest the
 * visit's start: lib/domain/booking-rules.ts holdExpiry) is cancelled": marks holds whose time ran
 * out as expired and frees their seats and contacts. One conditional UPDATE … RETURNING decides
 * (apply-transition.ts): only the rows it changed are released. A hold being confirmed at this moment keeps its row lock until it commits; the update
 * waits for it, sees it confirmed, leaves it alone, and its seat is not freed. Runs before every
 * new hold of the time, on a contact's lock, before seats are renumbered, and nightly.
 */
export async function expireStaleHolds(
  tx: Tx,
  where: { categoryId: string; startsAt?: Date; bookingIds?: string[] },
  now: Date,
) {
  const expired = await applyTransition(tx, {
    transition: 'expire',
    by: 'SYSTEM',
    where: {
      categoryId: where.categoryId,
      ...(where.startsAt ? { startsAt: where.startsAt } : {}),
      ...(where.bookingIds ? { id: { in: where.bookingIds } } : {}),
      holdExpiresAt: { lte: now },
    },
    now,
  });
  return expired.length;
}
