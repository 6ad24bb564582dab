import 'server-only';
import type { Closure, OpeningRule, ScheduleInput } from '@/lib/domain/schedule';
import { type Db, prisma } from '@/lib/server/core/db';

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The schedule rules of a category, in the pure domain's shape. */
export async function loadScheduleInput(
  categoryId: string,
  now: Date,
  db: Db = prisma,
): Promise<ScheduleInput & { holdMinutes: number; officeId: string }> {
  const c = await db.serviceCategory.findUniqueOrThrow({
    where: { id: categoryId },
    select: {
      officeId: true,
      horizonDays: true,
      holdMinutes: true,
      openingRules: {
        select: {
          weekday: true,
          opensAt: true,
          closesAt: true,
          slotMinutes: true,
          counters: true,
          validFrom: true,
          validTo: true,
        },
      },
    },
  });
  const closures = await db.closure.findMany({
    where: { officeId: c.officeId, OR: [{ categoryId: null }, { categoryId }] },
    select: { fromDate: true, toDate: true, reason: true },
  });
  const rules: OpeningRule[] = c.openingRules.map((r) => ({
    ...r,
    validFrom: day(r.validFrom),
    validTo: day(r.validTo),
  }));
  const cl: Closure[] = closures.map((x) => ({
    from: day(x.fromDate)!,
    to: day(x.toDate)!,
    reason: x.reason,
  }));
  return {
    rules,
    closures: cl,
    horizonDays: c.horizonDays,
    holdMinutes: c.holdMinutes,
    officeId: c.officeId,
    now,
  };
}

/**
 * Seats taken per start time. A hold whose time ran out counts as free at once, whether or not
 * anything has cleaned it up yet.
 */
export async function countTakenSeats(
  categoryId: string,
  from: Date,
  to: Date,
  now: Date,
): Promise<Map<number, number>> {
  const rows = await prisma.slotClaim.groupBy({
    by: ['startsAt'],
    where: {
      categoryId,
      startsAt: { gte: from, lt: to },
      booking: { NOT: { status: 'HELD', holdExpiresAt: { lte: now } } },
    },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.startsAt.getTime(), r._count._all]));
}
