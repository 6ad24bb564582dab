import 'server-only';
import { type Tx } from '@/lib/server/core/db';
import { instant } from '@/lib/server/notify/messages/message';
import { noticeOf, queueNotice } from '@/lib/server/notify/queue-notice';
import { applyTransition } from './apply-transition';

/**
 * The rule "a hold not confirmed within its time (ServiceCategory.holdMinutes, at the latest the
 * visit's start: lib/domain/booking-rules.ts holdExpiry) is cancelled": marks holds whose time ran
 * out as expired and frees their seats and contacts. One conditional UPDATE … RETURNING decides
 * (apply-transition.ts): only the rows it changed are released. A hold being confirmed at this moment keeps its row lock until it commits; the update
 * waits for it, sees it confirmed, leaves it alone, and its seat is not freed. Runs before every
 * new hold of the time, on a contact's lock, before seats are renumbered, every half a minute
 * (sweep-stale-holds.ts) and nightly.
 *
 * Each hold it expires is told, in the same transaction, that nothing was booked (`hold-expired`,
 * docs/decisions/038): exactly the rows this UPDATE changed, so never twice. `tell: false` where
 * the same contact's new hold supersedes it (lockContacts): that resident is booking right now.
 */
export async function expireStaleHolds(
  tx: Tx,
  where: { categoryId: string; startsAt?: Date; bookingIds?: string[] },
  now: Date,
  { tell = true }: { tell?: boolean } = {},
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
  if (tell)
    for (const b of expired)
      await queueNotice(tx, b, noticeOf(b), {
        template: 'hold-expired',
        facts: { reference: b.reference, startsAt: instant(b.startsAt) },
        dedupeKey: `hold-expired:${b.id}`,
      });
  return expired.length;
}
