import 'server-only';
import { SIGN_IN_THROTTLE } from '@/lib/domain/sign-in-throttle';
import { prisma } from '@/lib/server/core/db';

/**
 * Deletes wrong-password counters whose failures are forgotten (lib/domain/sign-in-throttle.ts):
 * the next attempt would start afresh anyway, and a hashed address is kept no longer than it
 * serves. A notice shown to administrators stays until one dismisses it.
 */
export async function purgeForgottenSignInFailures(now: Date): Promise<number> {
  const lastAt = { lte: new Date(now.getTime() - SIGN_IN_THROTTLE.forgetAfterMs) };
  const failures = await prisma.signInFailure.deleteMany({ where: { lastAt } });
  const alerts = await prisma.signInAlert.deleteMany({ where: { lastAt, raisedAt: null } });
  return failures.count + alerts.count;
}
