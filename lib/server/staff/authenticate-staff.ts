import 'server-only';
import { secondsUntil, waitUnit } from '@/lib/domain/sign-in-throttle';
import type { MessageKey, MessageParams } from '@/lib/i18n/catalogue';
import { translator } from '@/lib/i18n/translator';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { signInSchema } from '@/lib/validation/staff';
import { findKnownDevice } from './known-device';
import { hashPassword, verifyPassword } from './password';
import { claimSignInAttempt, clearSignInFailures, countAccountFailure } from './throttle-sign-in';

// Wrong passwords make the client that typed them wait before its next try on that account; the
// account is never locked (docs/decisions/028-sign-in-throttling.md). The client is the address
// (its hashed key), or this browser when it is a known device of the account: then waits earned
// from its address by other browsers do not apply to it, its own do.

// Verifying against a real hash when the address is unknown keeps the answer time the same.
let dummyHash: Promise<string> | undefined;

export type StaffIdentity = { id: string; email: string; name: string; sessionVersion: number };

export type SignInAttempt = {
  email: string;
  password: string;
  /** The client address's key (lib/server/core/rate-limit.ts clientKey): never the address. */
  client: string;
  /** The known-device cookie the browser sent, if any (lib/server/staff/known-device.ts). */
  device?: string | null;
  now: Date;
};

/** "Try again in N s" (or min), after `reason`: the wrong password just given, or the waiting. */
function tryAgainIn(
  reason: 'staff.tooManyFailures' | 'errors.BAD_CREDENTIALS',
  waitUntil: Date,
  now: Date,
): { message: MessageKey; params: MessageParams } {
  const t = translator();
  const unit = waitUnit(secondsUntil(waitUntil, now));
  return 'seconds' in unit
    ? { message: 'staff.waitSeconds', params: { reason: t(reason), seconds: unit.seconds } }
    : { message: 'staff.waitMinutes', params: { reason: t(reason), minutes: unit.minutes } };
}

/** Checks a staff member's e-mail and password; throws AppError with what to tell them. */
export async function authenticateStaff({
  email,
  password,
  client,
  device,
  now,
}: SignInAttempt): Promise<StaffIdentity> {
  // next-auth's own endpoint passes whatever was posted: a NUL byte or a megabyte is no account
  // (and PostgreSQL refuses NUL in text), so it is answered like an unknown address.
  const wellFormed = signInSchema.safeParse({ email, password }).success;
  const user = !wellFormed
    ? null
    : await prisma.staffUser.findUnique({
        where: { email: email.trim().toLowerCase() },
        select: { id: true, email: true, name: true, active: true, passwordHash: true, sessionVersion: true },
      });
  if (!user || !user.active) {
    dummyHash ??= hashPassword('termin-dummy-password');
    await verifyPassword(await dummyHash, password);
    throw new AppError('BAD_CREDENTIALS');
  }
  const knownDevice = findKnownDevice(device, user.id, now);
  const subject = knownDevice ? `device:${knownDevice}` : `address:${client}`;
  const attempt = await claimSignInAttempt(user.id, subject, now);
  if (attempt.refused)
    throw new AppError('SIGN_IN_WAIT', tryAgainIn('staff.tooManyFailures', attempt.waitUntil, now));

  if (!(await verifyPassword(user.passwordHash, password))) {
    await countAccountFailure(user.id, now);
    throw new AppError('BAD_CREDENTIALS', tryAgainIn('errors.BAD_CREDENTIALS', attempt.waitUntil, now));
  }

  await clearSignInFailures(user.id, subject);
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: user.id }, data: { lastLoginAt: now } });
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
