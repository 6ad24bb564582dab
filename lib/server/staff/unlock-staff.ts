import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from './guard';
import { loadTarget } from './find-staff-target';

export async function unlockStaff(admin: Staff, id: string): Promise<{ email: string }> {
  const u = await loadTarget(id);
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id }, data: { failedLogins: 0, lockedUntil: null } });
    await writeAudit(tx, admin, 'staff.unlocked', 'StaffUser', id, { email: u.email });
  });
  return { email: u.email };
}
