import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from './guard';
import { loadTarget } from './find-staff-target';

/** Deactivates or reactivates an account; the last active administrator cannot be deactivated. */
export async function setStaffActive(
  admin: Staff,
  id: string,
  active: boolean,
): Promise<{ email: string; active: boolean }> {
  const u = await loadTarget(id);
  if (!active && u.id === admin.id) throw new AppError('SELF');
  await prisma.$transaction(async (tx) => {
    // Two administrators switching each other off at once: the second waits and then counts.
    await tx.$queryRaw`SELECT id FROM "StaffUser" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
    await tx.staffUser.update({ where: { id }, data: { active, sessionVersion: { increment: 1 } } });
    if (!active && u.role === 'ADMIN') {
      const left = await tx.staffUser.count({ where: { role: 'ADMIN', active: true } });
      if (left === 0) throw new AppError('LAST_ADMIN');
    }
    await writeAudit(tx, admin, active ? 'staff.activated' : 'staff.deactivated', 'StaffUser', id, {
      email: u.email,
    });
  });
  return { email: u.email, active };
}
