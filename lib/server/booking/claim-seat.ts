import 'server-only';
import { type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';

/**
 * Claims a free seat 1…capacity; the primary key refuses a seat someone else just took. Part of
 * the booking life cycle: only a new hold (holdSlot) and apply-transition.ts (an undone
 * cancellation) claim seats.
 */
export async function claimSeat(
  tx: Tx,
  categoryId: string,
  startsAt: Date,
  bookingId: string,
  capacity: number,
) {
  for (let attempt = 0; attempt < capacity; attempt++) {
    const rows = await tx.$queryRaw<{ seat: number }[]>`
      INSERT INTO "SlotClaim" ("categoryId", "startsAt", "seat", "bookingId")
      SELECT ${categoryId}::uuid, ${startsAt}, s, ${bookingId}::uuid
      FROM generate_series(1, ${capacity}::int) AS s
      WHERE NOT EXISTS (
        SELECT 1 FROM "SlotClaim" c WHERE c."categoryId" = ${categoryId}::uuid AND c."startsAt" = ${startsAt} AND c.seat = s
      )
      ORDER BY s LIMIT 1
      ON CONFLICT DO NOTHING
      RETURNING seat`;
    if (rows.length) return rows[0]!.seat;
    // Lost a race for that seat, or none is left: the next statement sees the newest commits.
    const taken = await tx.slotClaim.count({ where: { categoryId, startsAt } });
    if (taken >= capacity) break;
  }
  throw new AppError('SLOT_TAKEN');
}

/**
 * Seats are chosen from 1…capacity. After the number of counters goes down, the visits that stay
 * may sit on seats above the new capacity (e.g. seats 1 and 3 of 2), and a free seat below it
 * would let a third visit in. Renumbering them 1…n keeps the database's guarantee. `capacities`
 * gives, for the local days asked, each time's number of counters as the schedule now stands.
 */
export async function renumberSeats(
  tx: Tx,
  categoryId: string,
  now: Date,
  capacities: (days: string[]) => Map<number, number>,
  dayOf: (d: Date) => string,
) {
  const claims = await tx.slotClaim.findMany({
    where: { categoryId, startsAt: { gt: now } },
    orderBy: [{ startsAt: 'asc' }, { seat: 'asc' }],
    select: { startsAt: true, seat: true, bookingId: true },
  });
  const capacity = capacities([...new Set(claims.map((c) => dayOf(c.startsAt)))]);
  const byTime = new Map<number, typeof claims>();
  for (const c of claims) byTime.set(c.startsAt.getTime(), [...(byTime.get(c.startsAt.getTime()) ?? []), c]);
  for (const [time, group] of byTime) {
    const cap = capacity.get(time) ?? 0;
    if (group.length > cap || group.every((c) => c.seat <= cap)) continue;
    // In ascending order each target seat is free: it is below the claim's own seat and above
    // every seat already renumbered.
    for (const [i, c] of group.entries()) {
      if (c.seat !== i + 1)
        await tx.slotClaim.update({ where: { bookingId: c.bookingId }, data: { seat: i + 1 } });
    }
  }
}
