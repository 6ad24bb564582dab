import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { expireStaleHolds } from './expire-stale-holds';

/**
 * Every hold past its time that nothing has marked yet: expired, its seat and contact locks freed,
 * and its resident told that nothing was booked (expire-stale-holds.ts), one category per
 * transaction. The outbox worker runs it every half a minute in each instance, so a hold ends, and
 * its note goes, within a minute of its time; two instances at once expire each hold once (the
 * conditional UPDATE decides), and so queue its note once. The daily retention run calls it too.
 */
export async function sweepStaleHolds(now: Date): Promise<number> {
  const stale = await prisma.booking.findMany({
    where: { status: 'HELD', holdExpiresAt: { lte: now } },
    select: { id: true, categoryId: true },
    // A bounded batch in short transactions; what is left waits for the next sweep, 30 s later.
    take: 200,
  });
  const byCategory = new Map<string, string[]>();
  for (const b of stale) byCategory.set(b.categoryId, [...(byCategory.get(b.categoryId) ?? []), b.id]);
  let expired = 0;
  for (const [categoryId, bookingIds] of byCategory)
    expired += await prisma.$transaction((tx) => expireStaleHolds(tx, { categoryId, bookingIds }, now), {
      timeout: 20_000,
    });
  return expired;
}
