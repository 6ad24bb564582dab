import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { SIGN_IN_THROTTLE } from '@/lib/domain/sign-in-throttle';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';

// The counters behind docs/decisions/028-sign-in-throttling.md: per account and client (the
// SignInFailure row: that client's wait), and per account from any client (the SignInAlert row:
// the notice on administrators' /admin page). Neither ever refuses a client without failures.
// Each count is one statement (the row is the lock), as hitRateLimit does: no transaction held
// open while parallel guesses queue up.

export type Attempt =
  { refused: true; waitUntil: Date } | { refused: false; failures: number; waitUntil: Date };

const forgetBefore = (now: Date) => new Date(now.getTime() - SIGN_IN_THROTTLE.forgetAfterMs);

/**
 * Counts an attempt of `subject` on the account before its password is checked. A client still
 * waiting is refused (its password is not looked at). Otherwise the attempt is counted as a
 * failure in advance, with the wait that failure earns (SIGN_IN_THROTTLE.waits): of many
 * parallel attempts from one client only the first reaches the check. A right password then
 * clears the row (clearSignInFailures).
 */
export async function claimSignInAttempt(staffId: string, subject: string, now: Date): Promise<Attempt> {
  const waits = [...SIGN_IN_THROTTLE.waits];
  const forgotten = Prisma.sql`f."lastAt" <= ${forgetBefore(now)}`;
  const failures = Prisma.sql`CASE WHEN ${forgotten} THEN 1 ELSE f."failures" + 1 END`;
  const [row] = await prisma.$queryRaw<{ failures: number; waitUntil: Date }[]>`
    INSERT INTO "SignInFailure" AS f ("staffId", "subject", "failures", "firstAt", "lastAt", "waitUntil")
    VALUES (${staffId}::uuid, ${subject}, 1, ${now}, ${now}, ${new Date(now.getTime() + waits[0]! * 1000)})
    ON CONFLICT ("staffId", "subject") DO UPDATE SET
      "failures" = ${failures},
      "firstAt" = CASE WHEN ${forgotten} THEN ${now} ELSE f."firstAt" END,
      "lastAt" = ${now},
      "waitUntil" = ${now}::timestamptz
        + make_interval(secs => (${waits}::int[])[LEAST(${failures}, ${waits.length}::int)])
    WHERE f."waitUntil" <= ${now}
    RETURNING "failures", "waitUntil"`;
  if (row) return { refused: false, ...row };
  const waiting = await prisma.signInFailure.findUnique({
    where: { staffId_subject: { staffId, subject } },
    select: { waitUntil: true },
  });
  return { refused: true, waitUntil: waiting?.waitUntil ?? now };
}

/** The right password: this client's failures on the account are forgotten. */
export async function clearSignInFailures(staffId: string, subject: string): Promise<void> {
  await prisma.signInFailure.deleteMany({ where: { staffId, subject } });
}

/**
 * A wrong password on the account, from whatever client. The failure that reaches
 * SIGN_IN_THROTTLE.alertAfter raises the notice (audited). A raised notice keeps counting until an
 * administrator dismisses it; one never raised starts again once its failures are forgotten.
 */
export async function countAccountFailure(staffId: string, now: Date): Promise<void> {
  const { alertAfter } = SIGN_IN_THROTTLE;
  const restart = Prisma.sql`a."raisedAt" IS NULL AND a."lastAt" <= ${forgetBefore(now)}`;
  const failures = Prisma.sql`CASE WHEN ${restart} THEN 1 ELSE a."failures" + 1 END`;
  const [row] = await prisma.$queryRaw<{ failures: number; since: Date }[]>`
    INSERT INTO "SignInAlert" AS a ("staffId", "failures", "since", "lastAt")
    VALUES (${staffId}::uuid, 1, ${now}, ${now})
    ON CONFLICT ("staffId") DO UPDATE SET
      "failures" = ${failures},
      "since" = CASE WHEN ${restart} THEN ${now} ELSE a."since" END,
      "lastAt" = ${now},
      "raisedAt" = CASE WHEN a."raisedAt" IS NULL AND ${failures} >= ${alertAfter} THEN ${now} ELSE a."raisedAt" END
    RETURNING "failures", "since"`;
  // Counts only go up by one until dismissed (the row is deleted): one failure is the one.
  if (row!.failures === alertAfter)
    await writeAudit(prisma, 'system', 'staff.sign-in-alert', 'StaffUser', staffId, { ...row! });
}
