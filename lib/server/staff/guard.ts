import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { isSessionId, isStaffSessionRevoked } from './revoke-staff-session';
import { readStaffSession } from './read-staff-session';

export type Staff = {
  id: string;
  email: string;
  name: string;
  role: 'ADMIN' | 'CLERK';
  officeId: string | null;
};

export const SIGN_IN_PATH = '/admin/logowanie';

/**
 * The signed-in staff member, read from the database on every request: a deactivated account, a
 * changed password or role (sessionVersion) ends older sessions at once, and a session signed
 * out of ("Wyloguj") stays ended even if its cookie was copied. Once per request (React cache):
 * the panel's layout and its page both ask.
 */
export const currentStaff = cache(async function currentStaff(): Promise<Staff | null> {
  const s = await readStaffSession();
  // A cookie from before session ids were issued has none: it is not accepted.
  if (!s || !isSessionId(s.sessionId)) return null;
  const [u, revoked] = await Promise.all([findStaffUser(s.staffId), isStaffSessionRevoked(s.sessionId)]);
  if (revoked || !u || !u.active || u.sessionVersion !== s.sessionVersion) return null;
  return { id: u.id, email: u.email, name: u.name, role: u.role, officeId: u.officeId };
});

function findStaffUser(id: string) {
  return prisma.staffUser.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      officeId: true,
      active: true,
      sessionVersion: true,
    },
  });
}

/**
 * Every admin page and server action calls this itself (a layout check is not protection).
 * No session → to the sign-in page; a clerk asking for an administrator's task → AppError.
 */
export async function requireStaff(role: 'CLERK' | 'ADMIN' = 'CLERK'): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(SIGN_IN_PATH);
  if (role === 'ADMIN' && staff.role !== 'ADMIN')
    throw new AppError('FORBIDDEN', { message: 'staff.adminOnly' });
  return staff;
}

export const FORBIDDEN_PAGE = '/admin?brak=uprawnien';

/** For an administrator's page: a clerk is sent to the start page, which says why. */
export async function requireAdminPage(): Promise<Staff> {
  const staff = await requireStaff();
  if (staff.role !== 'ADMIN') redirect(FORBIDDEN_PAGE);
  return staff;
}

/** A clerk works only with their own office; administrators with every office. */
export const hasOfficeAccess = (staff: Staff, officeId: string): boolean =>
  staff.role === 'ADMIN' || staff.officeId === officeId;

export function assertOfficeAccess(staff: Staff, officeId: string): void {
  if (!hasOfficeAccess(staff, officeId)) throw new AppError('FORBIDDEN_OFFICE');
}

/** The office a page works on: a clerk's own, or the one an administrator picked (`?biuro=`). */
export async function resolveOffice(staff: Staff, slug: string | undefined) {
  const offices = await prisma.office.findMany({
    where: staff.role === 'ADMIN' ? {} : { id: staff.officeId ?? '00000000-0000-0000-0000-000000000000' },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, shortName: true },
  });
  const office = offices.find((o) => o.slug === slug) ?? offices[0];
  if (!office) throw new AppError('NO_OFFICE');
  return { office, offices };
}
