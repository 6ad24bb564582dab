import 'server-only';
import crypto from 'node:crypto';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from './guard';
import { hashPassword } from './password';

// Administrators manage staff accounts. A generated password is shown once to the administrator
// (to hand over in person) and never stored or logged in clear; changing role, active state or
// password raises sessionVersion, which ends the account's open sessions.

export function generatePassword(): string {
  // 15 characters from an unambiguous alphabet, in three groups: easy to dictate, ~77 bits.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = crypto.randomBytes(15);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5, 10)}-${chars.slice(10)}`;
}

export async function listStaff() {
  return prisma.staffUser.findMany({
    orderBy: [{ active: 'desc' }, { role: 'asc' }, { email: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      lockedUntil: true,
      failedLogins: true,
      lastLoginAt: true,
      office: { select: { shortName: true, name: true } },
    },
  });
}

export async function createStaffAccount(
  admin: Staff,
  input: { email: string; name: string; role: 'ADMIN' | 'CLERK'; officeId?: string },
): Promise<{ password: string }> {
  if (input.role === 'CLERK' && !input.officeId) throw new AppError('OFFICE_REQUIRED', { field: 'officeId' });
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    if (await tx.staffUser.findUnique({ where: { email: input.email }, select: { id: true } }))
      throw new AppError('EMAIL_TAKEN', { field: 'email' });
    const u = await tx.staffUser.create({
      data: { ...input, officeId: input.role === 'CLERK' ? input.officeId : null, passwordHash },
      select: { id: true },
    });
    await writeAudit(tx, admin, 'staff.created', 'StaffUser', u.id, { email: input.email, role: input.role });
  });
  return { password };
}

async function loadTarget(id: string) {
  const u = await prisma.staffUser.findUnique({
    where: { id },
    select: { id: true, email: true, role: true, active: true },
  });
  if (!u) throw new AppError('NOT_FOUND', { message: 'staff.accountNotFound' });
  return u;
}

/** Deactivates or reactivates an account; the last active administrator cannot be deactivated. */
export async function setStaffActive(
  admin: Staff,
  id: string,
  active: boolean,
): Promise<{ email: string; active: boolean }> {
  const u = await loadTarget(id);
  if (!active && u.id === admin.id) throw new AppError('SELF');
  await prisma.$transaction(async (tx) => {
    // Two administrators switching each other off at once: the second waits and then counts.
    await tx.$queryRaw`SELECT id FROM "StaffUser" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
    await tx.staffUser.update({ where: { id }, data: { active, sessionVersion: { increment: 1 } } });
    if (!active && u.role === 'ADMIN') {
      const left = await tx.staffUser.count({ where: { role: 'ADMIN', active: true } });
      if (left === 0) throw new AppError('LAST_ADMIN');
    }
    await writeAudit(tx, admin, active ? 'staff.activated' : 'staff.deactivated', 'StaffUser', id, {
      email: u.email,
    });
  });
  return { email: u.email, active };
}

export async function unlockStaff(admin: Staff, id: string): Promise<{ email: string }> {
  const u = await loadTarget(id);
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id }, data: { failedLogins: 0, lockedUntil: null } });
    await writeAudit(tx, admin, 'staff.unlocked', 'StaffUser', id, { email: u.email });
  });
  return { email: u.email };
}

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
        failedLogins: 0,
        lockedUntil: null,
        sessionVersion: { increment: 1 },
      },
    });
    await writeAudit(tx, admin, 'staff.password-reset', 'StaffUser', id, { email: u.email });
  });
  return { email: u.email, password };
}
