import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from './guard';
import { hashPassword } from './password';
import { generatePassword } from './create-staff-account';
import { loadTarget } from './find-staff-target';

/** A new password for someone who forgot theirs; shown once to the administrator. */
export async function resetStaffPassword(
  admin: Staff,
  id: string,
): Promise<{ email: string; password: string }> {
  const u = await loadTarget(id);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id },
      data: {
        passwordHash,
        passwordChangedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
    });
    await writeAudit(tx, admin, 'staff.password-reset', 'StaffUser', id, { email: u.email });
  });
  return { email: u.email, password };
}
