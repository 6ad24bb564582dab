import 'server-only';
import { localDateOf } from '@/lib/domain/time';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { settleDroppedBookings } from './settle-dropped-bookings';
import { lockSchedules } from './lock-schedules';
import type { Confirmation } from './schedule-forms';

const TX = { maxWait: 20_000, timeout: 30_000 };

export const day = (d: Date) => d.toISOString().slice(0, 10);

const asDate = (d: string) => new Date(`${d}T00:00:00Z`);

/**
 * Closes an office (every category) or one category for a day or a range. The days are gone from
 * the public calendar at once; bookings on them are refused or, when confirmed, cancelled in the
 * same transaction (settleDroppedBookings).
 */
export async function addClosure(
  staff: Staff,
  input: {
    categoryId: string;
    scope: 'category' | 'office';
    fromDate: string;
    toDate: string;
    reason: string;
    confirmation?: Confirmation;
  },
  now: Date,
): Promise<{ closed: string; fromDate: string; toDate: string; cancelled: number }> {
  const category = await prisma.serviceCategory.findUnique({
    where: { id: input.categoryId },
    select: { id: true, officeId: true, name: true, office: { select: { name: true } } },
  });
  if (!category) throw new AppError('NOT_FOUND', { message: 'schedule.categoryGone' });
  assertOfficeAccess(staff, category.officeId);
  if (input.fromDate < localDateOf(now))
    throw new AppError('PAST', { message: 'schedule.closurePast', field: 'fromDate' });

  const officeWide = input.scope === 'office';
  const categoryIds = officeWide
    ? (
        await prisma.serviceCategory.findMany({
          where: { officeId: category.officeId },
          select: { id: true },
        })
      ).map((c) => c.id)
    : [category.id];
  const closure = { from: input.fromDate, to: input.toDate, reason: input.reason };

  return prisma.$transaction(async (tx) => {
    const schedules = await lockSchedules(tx, categoryIds, now);
    const cancelled = await settleDroppedBookings(tx, {
      actor: staff,
      now,
      cause: 'schedule.closure-added',
      changes: schedules.map((current) => ({
        current,
        proposed: { ...current, closures: [...current.closures, closure] },
      })),
      confirmation: input.confirmation,
    });
    const created = await tx.closure.create({
      data: {
        officeId: category.officeId,
        categoryId: officeWide ? null : category.id,
        fromDate: asDate(input.fromDate),
        toDate: asDate(input.toDate),
        reason: input.reason,
        createdById: staff.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, staff, 'schedule.closure-added', 'Closure', created.id, {
      office: category.office.name,
      category: officeWide ? null : category.name,
      fromDate: input.fromDate,
      toDate: input.toDate,
      reason: input.reason,
      cancelledBookings: cancelled,
    });
    const closed = officeWide ? category.office.name : category.name;
    return { closed, fromDate: input.fromDate, toDate: input.toDate, cancelled };
  }, TX);
}
