import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { assertAdmin } from './assert-admin';

export type WalkInSettings = { categoryId: string; walkInEnabled: boolean; walkInStopMin: number };

/** Whether "Bez rezerwacji" offers a category, and how long before closing its tickets stop. */
export async function updateWalkInSettings(staff: Staff, input: WalkInSettings): Promise<void> {
  assertAdmin(staff);
  const { categoryId, ...data } = input;
  await prisma.$transaction(async (tx) => {
    const before = await tx.serviceCategory.findUniqueOrThrow({
      where: { id: categoryId },
      select: { walkInEnabled: true, walkInStopMin: true },
    });
    await tx.serviceCategory.update({ where: { id: categoryId }, data });
    await writeAudit(tx, staff, 'queue.walk-in-settings', 'ServiceCategory', categoryId, {
      before,
      after: data,
    });
  });
}
