import 'server-only';
import crypto from 'node:crypto';
import { LIMITS, clientKey, enforceRateLimit } from '@/lib/server/core/rate-limit';
import { type StaffIdentity, authenticateStaff } from './authenticate-staff';
import { KNOWN_DEVICE_COOKIE, cookieFrom, rememberDevice } from './known-device';

export type StaffSignIn = StaffIdentity & {
  sessionId: string;
  /** The known-device cookie's new value: this browser is now known for this account. */
  knownDevice: string;
};

/**
 * Every staff sign-in, from the sign-in form or posted straight to next-auth's
 * /api/auth/callback/credentials (both end in the Credentials provider's authorize): the client
 * address's limit is counted first, then the waits that wrong passwords earned this address (or
 * this known device) on the account. A new session gets its own id, so signing out can end it
 * alone.
 */
export async function signInStaff(
  credentials: Partial<Record<string, unknown>>,
  from: Headers,
  now: Date,
): Promise<StaffSignIn> {
  await enforceRateLimit(LIMITS.signIn, now, { from });
  const device = cookieFrom(from, KNOWN_DEVICE_COOKIE);
  const who = await authenticateStaff({
    email: String(credentials.email ?? ''),
    password: String(credentials.password ?? ''),
    client: await clientKey(from),
    device,
    now,
  });
  return { ...who, sessionId: crypto.randomUUID(), knownDevice: rememberDevice(device, who.id, now) };
}
