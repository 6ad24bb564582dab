import 'server-only';
import { formatTime } from '@/lib/i18n/format';
import { writeAudit } from './audit';
import { prisma } from './db';
import { AppError } from './errors';
import { hashPassword, verifyPassword } from './password';

// Wrong passwords first slow sign-in down, then lock the account for a while; every step is said
// to the person signing in. Counters live on the staff row, so they hold across servers.
export const SIGN_IN_POLICY = {
  /** Seconds to wait before the next attempt after n consecutive failures (index n). */
  waitAfter: [0, 0, 0, 5, 30],
  lockAfter: 5,
  lockMinutes: 15,
} as const;

const BAD = 'Nieprawidłowy e-mail lub hasło.';
// Verifying against a real hash when the address is unknown keeps the answer time the same.
let dummyHash: Promise<string> | undefined;

export type StaffIdentity = { id: string; email: string; name: string; sessionVersion: number };

function lockedMessage(failed: number, until: Date, now: Date): string {
  if (failed >= SIGN_IN_POLICY.lockAfter)
    return `Konto zostało zablokowane po ${failed} nieudanych próbach logowania — do ${formatTime(until)}. Spróbuj ponownie później albo poproś administratora o odblokowanie.`;
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return `Zbyt wiele nieudanych prób. Następna próba będzie możliwa za ${seconds} s.`;
}

/** Checks a staff member's e-mail and password; throws AppError with what to tell them. */
export async function authenticateStaff(email: string, password: string, now: Date): Promise<StaffIdentity> {
  const user = await prisma.staffUser.findUnique({
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
    throw new AppError('BAD_CREDENTIALS', BAD);
  }
  if (user.lockedUntil && user.lockedUntil > now)
    throw new AppError('LOCKED', lockedMessage(user.failedLogins, user.lockedUntil, now));

  if (!(await verifyPassword(user.passwordHash, password))) {
    const { failedLogins } = await prisma.staffUser.update({
      where: { id: user.id },
      data: { failedLogins: { increment: 1 } },
      select: { failedLogins: true },
    });
    const locked = failedLogins >= SIGN_IN_POLICY.lockAfter;
    const wait = locked ? SIGN_IN_POLICY.lockMinutes * 60 : (SIGN_IN_POLICY.waitAfter[failedLogins] ?? 0);
    if (wait > 0) {
      const until = new Date(now.getTime() + wait * 1000);
      await prisma.$transaction([
        prisma.staffUser.update({ where: { id: user.id }, data: { lockedUntil: until } }),
        ...(locked
          ? [prisma.auditLog.create({ data: auditRow(user, 'staff.locked', { failedLogins, until }) })]
          : []),
      ]);
      throw new AppError('LOCKED', `${BAD} ${lockedMessage(failedLogins, until, now)}`);
    }
    const left = SIGN_IN_POLICY.lockAfter - failedLogins;
    throw new AppError(
      'BAD_CREDENTIALS',
      failedLogins > 1
        ? `${BAD} Po ${left} kolejnych nieudanych próbach konto zostanie czasowo zablokowane.`
        : BAD,
    );
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

function auditRow(user: { id: string; email: string }, action: string, data: Record<string, unknown>) {
  return {
    actorId: user.id,
    actor: user.email,
    action,
    entity: 'StaffUser',
    entityId: user.id,
    data: JSON.parse(JSON.stringify(data)),
  };
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
    throw new AppError('BAD_PASSWORD', 'Obecne hasło jest nieprawidłowe.', 'current');
  if (current === next)
    throw new AppError('SAME_PASSWORD', 'Nowe hasło musi różnić się od obecnego.', 'password');
  const passwordHash = await hashPassword(next);
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, user, 'staff.password-changed', 'StaffUser', user.id);
  });
}
