import 'server-only';
import type { OpeningRule } from '@/lib/domain/schedule';
import { slotCapacities } from '@/lib/domain/schedule-impact';
import { formatHm, localDateOf } from '@/lib/domain/time';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma, type Tx } from '@/lib/server/core/db';
import { type Staff } from '@/lib/server/staff/guard';
import { renumberSeats } from '@/lib/server/booking/claim-seat';
import { expireStaleHolds } from '@/lib/server/booking/expire-stale-holds';
import { settleDroppedBookings } from './settle-dropped-bookings';
import { type LockedSchedule, lockSchedules } from './lock-schedules';
import type { Confirmation, RuleInput } from './schedule-forms';
import { findCategory } from './find-managed-category';

const TX = { maxWait: 20_000, timeout: 30_000 };

/** A rule as the audit log shows it: readable hours, not minutes. */
const shown = (r: OpeningRule) => ({
  weekday: r.weekday,
  opens: formatHm(r.opensAt),
  closes: formatHm(r.closesAt),
  slotMinutes: r.slotMinutes,
  counters: r.counters,
  validFrom: r.validFrom ?? null,
  validTo: r.validTo ?? null,
});

const key = (rules: OpeningRule[]) =>
  JSON.stringify(rules.map(shown).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));

const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

/**
 * Replaces the weekly opening rules of a category. Bookings the new rules would drop are
 * refused or, when confirmed, cancelled in the same transaction (settleDroppedBookings).
 */
export async function saveOpeningRules(
  staff: Staff,
  input: { categoryId: string; rules: RuleInput[]; confirmation?: Confirmation },
  now: Date,
): Promise<{ changed: boolean; cancelled: number }> {
  const category = await findCategory(input.categoryId, staff);
  return prisma.$transaction(async (tx) => {
    const [current] = await lockSchedules(tx, [category.id], now);
    if (key(current!.rules) === key(input.rules) && !input.confirmation)
      return { changed: false, cancelled: 0 };
    const proposed = { ...current!, rules: input.rules };
    const cancelled = await settleDroppedBookings(tx, {
      actor: staff,
      now,
      cause: 'schedule.rules-changed',
      changes: [{ current: current!, proposed }],
      confirmation: input.confirmation,
    });
    await tx.openingRule.deleteMany({ where: { categoryId: category.id } });
    await tx.openingRule.createMany({
      data: input.rules.map((r) => ({
        categoryId: category.id,
        weekday: r.weekday,
        opensAt: r.opensAt,
        closesAt: r.closesAt,
        slotMinutes: r.slotMinutes,
        counters: r.counters,
        validFrom: asDate(r.validFrom),
        validTo: asDate(r.validTo),
      })),
    });
    await compactSeats(tx, proposed, now);
    await writeAudit(tx, staff, 'schedule.rules-changed', 'ServiceCategory', category.id, {
      category: category.name,
      before: current!.rules.map(shown),
      after: input.rules.map(shown),
      cancelledBookings: cancelled,
    });
    return { changed: true, cancelled };
  }, TX);
}

/**
 * After the number of counters goes down, the visits that stay are renumbered onto seats
 * 1…n of the new capacity (lib/server/booking/claim-seat.ts), stale holds expired first.
 */
async function compactSeats(tx: Tx, schedule: LockedSchedule, now: Date) {
  await expireStaleHolds(tx, { categoryId: schedule.categoryId }, now);
  await renumberSeats(tx, schedule.categoryId, now, (days) => slotCapacities(schedule, days), localDateOf);
}
