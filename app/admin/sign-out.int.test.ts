// "Wyloguj" ends that session on the server: a copy of its cookie (the same session read again)
// is refused afterwards, while another session of the same account goes on.
import { describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { currentStaff } from '@/lib/server/staff/guard';
import { revokeStaffSession } from '@/lib/server/staff/revoke-staff-session';
import { type TestSession, createTestStaff, sessionOf } from '@/lib/testing/staff';
import { signOutAction } from './actions';

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
const signedOut = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/server/staff/auth', () => ({
  signIn: async () => {},
  signOut: async () => {
    signedOut.count++; // next-auth clears the cookie in this browser only
  },
  StaffSignInError: class extends Error {},
}));

async function staffWith(s: TestSession) {
  session.current = s;
  return currentStaff();
}

describe('signing out', () => {
  it('ends that session for every copy of its cookie; the account’s other sessions stay', async () => {
    const clerk = await createTestStaff('CLERK');
    const laptop = sessionOf(clerk);
    const desk = sessionOf(clerk);
    expect((await staffWith(laptop))?.id).toBe(clerk.id);
    expect((await staffWith(desk))?.id).toBe(clerk.id);

    session.current = laptop;
    await signOutAction();
    expect(signedOut.count).toBe(1);

    expect(await staffWith({ ...laptop })).toBeNull(); // the copied cookie
    expect((await staffWith(desk))?.id).toBe(clerk.id);
    expect((await staffWith(sessionOf(clerk)))?.id).toBe(clerk.id); // signing in again works
  });

  it('refuses a session without a valid id (a cookie from before session ids)', async () => {
    const clerk = await createTestStaff('CLERK');
    expect(await staffWith({ ...sessionOf(clerk), sessionId: '' })).toBeNull();
    expect(await staffWith({ ...sessionOf(clerk), sessionId: 'not-a-uuid' })).toBeNull();
  });

  it('is idempotent and drops list entries of sessions that could not live any longer anyway', async () => {
    const clerk = await createTestStaff('CLERK');
    const s = sessionOf(clerk);
    const t0 = new Date('2026-12-01T08:00:00Z');
    await revokeStaffSession(s.sessionId, clerk.id, t0);
    await revokeStaffSession(s.sessionId, clerk.id, t0);
    expect(await prisma.revokedStaffSession.count({ where: { id: s.sessionId } })).toBe(1);
    const later = sessionOf(clerk);
    // Remembered for the longest any session may last (72 h), whatever today's setting says.
    await revokeStaffSession(later.sessionId, clerk.id, new Date(t0.getTime() + 71 * 3_600_000));
    expect(await prisma.revokedStaffSession.count({ where: { id: s.sessionId } })).toBe(1);
    await revokeStaffSession(later.sessionId, clerk.id, new Date(t0.getTime() + 73 * 3_600_000));
    expect(await prisma.revokedStaffSession.count({ where: { id: s.sessionId } })).toBe(0);
    expect(await prisma.revokedStaffSession.count({ where: { id: later.sessionId } })).toBe(1);
  });
});
