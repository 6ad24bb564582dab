// Staff accounts and sessions for integration tests. A test file replaces the session reader:
//
//   const session = vi.hoisted(() => ({ current: null as TestSession | null }));
//   vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
//   vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
//
// and signs in by setting `session.current = sessionOf(staff)`. Everything else (the guard's
// database lookup of role, office, active, sessionVersion, revoked sessions) runs for real.
import crypto from 'node:crypto';
import { expect } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { authenticateStaff } from '@/lib/server/staff/authenticate-staff';
import { hashPassword } from '@/lib/server/staff/password';

export type TestSession = { staffId: string; sessionVersion: number; sessionId: string };
export type TestStaff = { id: string; email: string; role: 'ADMIN' | 'CLERK'; officeId: string | null };

export const TEST_PASSWORD = 'poprawne-haslo-testowe';
let passwordHash: Promise<string> | undefined;

export async function createTestStaff(
  role: 'ADMIN' | 'CLERK',
  officeId: string | null = null,
): Promise<TestStaff> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${role.toLowerCase()}-${crypto.randomBytes(5).toString('hex')}@test.termin.local`;
  const u = await prisma.staffUser.create({
    data: { email, name: `Test ${role}`, role, officeId, passwordHash: await passwordHash },
    select: { id: true, email: true, role: true, officeId: true },
  });
  return u;
}

/**
 * Checks an e-mail and password as a client of its own would (a new address key each call), so
 * waits that earlier wrong passwords earned do not apply.
 */
export function authenticateAnew(email: string, password: string, now = new Date()) {
  return authenticateStaff({ email, password, client: `test-${crypto.randomUUID()}`, now });
}

/** A fresh sign-in of `staff` (each call is another session, with its own id). */
export function sessionOf(staff: { id: string }, sessionVersion = 0): TestSession {
  return { staffId: staff.id, sessionVersion, sessionId: crypto.randomUUID() };
}

/** The digest Next.js gives redirect() errors: "NEXT_REDIRECT;replace;/path;307;". */
export function redirectTarget(e: unknown): string | undefined {
  const digest = (e as { digest?: unknown } | null)?.digest;
  if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT')) return undefined;
  return digest.split(';')[2];
}

export async function expectRedirect(p: Promise<unknown>, to: string | RegExp): Promise<void> {
  const target = await p.then(
    () => undefined,
    (e: unknown) => redirectTarget(e) ?? `not a redirect: ${String(e)}`,
  );
  if (typeof to === 'string') expect(target).toBe(to);
  else expect(target).toMatch(to);
}

/** A form as the browser would post it. */
export function form(fields: Record<string, string | number | boolean | undefined>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined && v !== false) fd.set(k, v === true ? 'on' : String(v));
  return fd;
}
