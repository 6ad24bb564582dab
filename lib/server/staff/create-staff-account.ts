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
