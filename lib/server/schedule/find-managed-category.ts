import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';

export async function findCategory(categoryId: string, staff: Staff) {
  const c = await prisma.serviceCategory.findUnique({
    where: { id: categoryId },
    select: { id: true, officeId: true, name: true },
  });
  if (!c) throw new AppError('NOT_FOUND', { message: 'schedule.categoryGone' });
  assertOfficeAccess(staff, c.officeId);
  return c;
}
