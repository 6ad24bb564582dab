import 'server-only';
import { MAX_STAFF_SESSION_HOURS } from '@/lib/validation/config';
import { prisma } from '@/lib/server/core/db';

// "Wyloguj" ends that one session on the server: its id goes on a revocation list that every
// staff request checks (lib/server/staff/guard.ts). The account's other sessions go on; a password,
// role or account change still ends all of them through sessionVersion.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A session id as sign-in issues it (a UUID); anything else is no valid session. */
export function isSessionId(id: unknown): id is string {
  return typeof id === 'string' && UUID.test(id);
}

/**
 * Lists the session as ended. Idempotent; rows of sessions that could not live any longer anyway
 * are deleted on the way, so the list stays as short as the sessions open at most.
 */
export async function revokeStaffSession(sessionId: string, staffId: string, now: Date): Promise<void> {
  if (!isSessionId(sessionId) || !UUID.test(staffId)) return;
  // Kept for the longest a session may ever last, not for today's setting: raising
  // STAFF_SESSION_MAX_HOURS later must not bring a signed-out cookie back to life.
  const expiresAt = new Date(now.getTime() + MAX_STAFF_SESSION_HOURS * 3_600_000);
  await prisma.$transaction([
    prisma.revokedStaffSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.revokedStaffSession.upsert({
      where: { id: sessionId },
      create: { id: sessionId, staffId, revokedAt: now, expiresAt },
      update: {},
    }),
  ]);
}

/** Whether the session was ended by signing out. */
export async function isStaffSessionRevoked(sessionId: string): Promise<boolean> {
  const row = await prisma.revokedStaffSession.findUnique({ where: { id: sessionId }, select: { id: true } });
  return row !== null;
}
