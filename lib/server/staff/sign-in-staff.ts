import 'server-only';
import crypto from 'node:crypto';
import { LIMITS, enforceRateLimit } from '@/lib/server/core/rate-limit';
import { type StaffIdentity, authenticateStaff } from './authenticate-staff';

export type StaffSignIn = StaffIdentity & { sessionId: string };

/**
 * Every staff sign-in, from the sign-in form or posted straight to next-auth's
 * /api/auth/callback/credentials (both end in the Credentials provider's authorize): the client
 * address's limit is counted first, then the account's own slow-down and lock-out. A new
 * session gets its own id, so signing out can end it alone.
 */
export async function signInStaff(
  credentials: Partial<Record<string, unknown>>,
  from: Headers,
  now: Date,
): Promise<StaffSignIn> {
  await enforceRateLimit(LIMITS.signIn, now, { from });
  const who = await authenticateStaff(
    String(credentials.email ?? ''),
    String(credentials.password ?? ''),
    now,
  );
  return { ...who, sessionId: crypto.randomUUID() };
}
