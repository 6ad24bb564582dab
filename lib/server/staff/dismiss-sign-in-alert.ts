import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { loadTarget } from './find-staff-target';
import type { Staff } from './guard';

/**
 * An administrator has seen the notice about an account's wrong passwords: it goes, audited with
 * what it said. Failures from then on are counted afresh and may raise it again.
 */
export async function dismissSignInAlert(admin: Staff, staffId: string): Promise<{ email: string }> {
  const u = await loadTarget(staffId);
  await prisma.$transaction(async (tx) => {
    const [gone] = await tx.$queryRaw<{ failures: number; since: Date }[]>`
      DELETE FROM "SignInAlert" WHERE "staffId" = ${staffId}::uuid AND "raisedAt" IS NOT NULL
      RETURNING "failures", "since"`;
    if (!gone) throw new AppError('ALREADY_HANDLED');
    await writeAudit(tx, admin, 'staff.sign-in-alert-dismissed', 'StaffUser', staffId, {
      email: u.email,
      failures: gone.failures,
      since: gone.since,
    });
  });
  return { email: u.email };
}
