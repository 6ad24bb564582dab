import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { day } from './add-closure';

/** Reopens closed days: it only gives times back, so no booking can be touched. */
export async function removeClosure(
  staff: Staff,
  closureId: string,
): Promise<{ fromDate: string; toDate: string }> {
  const c = await prisma.closure.findUnique({
    where: { id: closureId },
    select: { id: true, officeId: true, categoryId: true, fromDate: true, toDate: true, reason: true },
  });
  if (!c) throw new AppError('NOT_FOUND', { message: 'schedule.closureGone' });
  assertOfficeAccess(staff, c.officeId);
  await prisma.$transaction(async (tx) => {
    const r = await tx.closure.deleteMany({ where: { id: c.id } });
    if (!r.count) throw new AppError('NOT_FOUND', { message: 'schedule.closureGone' });
    await writeAudit(tx, staff, 'schedule.closure-removed', 'Closure', c.id, {
      officeId: c.officeId,
      categoryId: c.categoryId,
      fromDate: day(c.fromDate),
      toDate: day(c.toDate),
      reason: c.reason,
    });
  });
  return { fromDate: day(c.fromDate), toDate: day(c.toDate) };
}
