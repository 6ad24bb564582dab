import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { assertAdmin } from './assert-admin';

export type KioskSettings = {
  officeId: string;
  kioskEnabled: boolean;
  kioskEarlyMin: number;
  kioskLateMin: number;
};

/** The office's ticket machine: on or off, and the code's window around the visit's start. */
export async function updateKioskSettings(staff: Staff, input: KioskSettings): Promise<void> {
  assertAdmin(staff);
  const { officeId, ...data } = input;
  await prisma.$transaction(async (tx) => {
    const before = await tx.office.findUniqueOrThrow({
      where: { id: officeId },
      select: { kioskEnabled: true, kioskEarlyMin: true, kioskLateMin: true },
    });
    await tx.office.update({ where: { id: officeId }, data });
    await writeAudit(tx, staff, 'kiosk.settings', 'Office', officeId, { before, after: data });
  });
}
