import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import { assertAdmin } from './assert-admin';

/** Unpairs a ticket machine: its cookie stops working with the next request. Returns its name. */
export async function revokeKioskDevice(
  staff: Staff,
  input: { deviceId: string },
  now: Date = new Date(),
): Promise<{ name: string }> {
  assertAdmin(staff);
  return prisma.$transaction(async (tx) => {
    const [device] = await tx.kioskDevice.updateManyAndReturn({
      where: { id: input.deviceId, revokedAt: null },
      data: { revokedAt: now },
      select: { name: true },
    });
    if (!device) throw new AppError('NOT_FOUND');
    await writeAudit(tx, staff, 'kiosk.revoke', 'KioskDevice', input.deviceId);
    return device;
  });
}
