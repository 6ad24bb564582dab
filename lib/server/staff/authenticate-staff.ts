import 'server-only';
import { formatTime } from '@/lib/i18n/format';
import type { Message } from '@/lib/i18n/catalogue';
import { t } from '@/lib/i18n/t';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { signInSchema } from '@/lib/validation/staff';
import { hashPassword, verifyPassword } from './password';

// Wrong passwords first slow sign-in down, then lock the account for a while; every step is said
// to the person signing in. Counters live on the staff row, so they hold across servers.
export const SIGN_IN_POLICY = {
  /** Seconds to wait before the next attempt after n consecutive failures (index n). */
  waitAfter: [0, 0, 0, 5, 30],
  lockAfter: 5,
  lockMinutes: 15,
} as const;

// Verifying against a real hash when the address is unknown keeps the answer time the same.
let dummyHash: Promise<string> | undefined;

export type StaffIdentity = { id: string; email: string; name: string; sessionVersion: number };

/** A lock-out or a wait, with `bad` first when the password just given was wrong. */
function lockedOut(failed: number, until: Date, now: Date, bad = false): AppError {
  const params = { bad: bad ? `${t('errors.BAD_CREDENTIALS')} ` : '' };
  const message: Message =
    failed >= SIGN_IN_POLICY.lockAfter
      ? { key: 'staff.locked', params: { ...params, failed, until: formatTime(until) } }
      : {
          key: 'staff.wait',
          params: { ...params, seconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)) },
        };
  return new AppError('LOCKED', { message: message.key, params: message.params });
}

/** Checks a staff member's e-mail and password; throws AppError with what to tell them. */
export async function authenticateStaff(email: string, password: string, now: Date): Promise<StaffIdentity> {
  // next-auth's own endpoint passes whatever was posted: a NUL byte or a megabyte is no account
  // (and PostgreSQL refuses NUL in text), so it is answered like an unknown address.
  const wellFormed = signInSchema.safeParse({ email, password }).success;
  const user = !wellFormed
    ? null
    : await prisma.staffUser.findUnique({
        where: { email: email.trim().toLowerCase() },
        select: {
          id: true,
          email: true,
          name: true,
          active: true,
          passwordHash: true,
          failedLogins: true,
          lockedUntil: true,
          sessionVersion: true,
        },
      });
  if (!user || !user.active) {
    dummyHash ??= hashPassword('termin-dummy-password');
    await verifyPassword(await dummyHash, password);
    throw new AppError('BAD_CREDENTIALS');
  }
  // The attempt is counted, and the wait a failure would earn is set, before the password is
  // checked, under a row lock: of many parallel attempts only those the policy allows reach the
  // check. A right password clears both.
  const attempt = await prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ failedLogins: number; lockedUntil: Date | null }[]>`
      SELECT "failedLogins", "lockedUntil" FROM "StaffUser" WHERE id = ${user.id}::uuid FOR UPDATE`;
    if (row!.lockedUntil && row!.lockedUntil > now) return { refused: true as const, ...row! };
    const failedLogins = row!.failedLogins + 1;
    const locked = failedLogins >= SIGN_IN_POLICY.lockAfter;
    const wait = locked ? SIGN_IN_POLICY.lockMinutes * 60 : (SIGN_IN_POLICY.waitAfter[failedLogins] ?? 0);
    const until = wait > 0 ? new Date(now.getTime() + wait * 1000) : null;
    await tx.staffUser.update({ where: { id: user.id }, data: { failedLogins, lockedUntil: until } });
    return { refused: false as const, failedLogins, locked, until };
  });
  if (attempt.refused) throw lockedOut(attempt.failedLogins, attempt.lockedUntil!, now);

  if (!(await verifyPassword(user.passwordHash, password))) {
    const { failedLogins, locked, until } = attempt;
    if (locked) await writeAudit(prisma, user, 'staff.locked', 'StaffUser', user.id, { failedLogins, until });
    if (until) throw lockedOut(failedLogins, until, now, true);
    const left = SIGN_IN_POLICY.lockAfter - failedLogins;
    throw failedLogins > 1
      ? new AppError('BAD_CREDENTIALS', { message: 'staff.badCredentialsWarning', params: { left } })
      : new AppError('BAD_CREDENTIALS');
  }

  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now },
    });
    await writeAudit(tx, user, 'staff.sign-in', 'StaffUser', user.id);
  });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/**
 * A staff member changes their own password: the current one is checked, and every session of
 * theirs (this one too) ends, so they sign in again with the new password.
 */
export async function changeOwnPassword(staffId: string, current: string, next: string, now: Date) {
  const user = await prisma.staffUser.findUnique({
    where: { id: staffId },
    select: { id: true, email: true, passwordHash: true },
  });
  if (!user || !(await verifyPassword(user.passwordHash, current)))
    throw new AppError('BAD_PASSWORD', { field: 'current' });
  if (current === next) throw new AppError('SAME_PASSWORD', { field: 'password' });
  const passwordHash = await hashPassword(next);
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, user, 'staff.password-changed', 'StaffUser', user.id);
  });
}
