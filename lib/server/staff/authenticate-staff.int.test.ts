import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { SIGN_IN_POLICY, authenticateStaff, changeOwnPassword } from './authenticate-staff';
import { TEST_PASSWORD, createTestStaff } from '@/lib/testing/staff';

const t0 = new Date('2027-02-01T08:00:00Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);

async function refusal(p: Promise<unknown>) {
  return p.then(
    () => 'signed in',
    (e: { code?: string; userMessage?: string }) => `${e.code}: ${e.userMessage}`,
  );
}

describe('staff sign-in', () => {
  it('signs in with the right password, stores only an argon2id hash, audits it', async () => {
    const s = await createTestStaff('CLERK');
    const who = await authenticateStaff(` ${s.email.toUpperCase()} `, TEST_PASSWORD, t0);
    expect(who.id).toBe(s.id);
    const row = await prisma.staffUser.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
    expect(row.lastLoginAt).toEqual(t0);
    expect(await prisma.auditLog.count({ where: { entityId: s.id, action: 'staff.sign-in' } })).toBe(1);
  });

  it('answers an unknown address and a wrong password the same way', async () => {
    const s = await createTestStaff('CLERK');
    expect(await refusal(authenticateStaff('nikt@um.opole.pl', 'x', t0))).toBe(
      'BAD_CREDENTIALS: Nieprawidłowy e-mail lub hasło.',
    );
    expect(await refusal(authenticateStaff(s.email, 'zle', t0))).toBe(
      'BAD_CREDENTIALS: Nieprawidłowy e-mail lub hasło.',
    );
  });

  it('slows down after 3 failures, locks after 5 for 15 minutes, and says so', async () => {
    const s = await createTestStaff('CLERK');
    await refusal(authenticateStaff(s.email, 'zle-1', t0));
    expect(await refusal(authenticateStaff(s.email, 'zle-2', later(1)))).toMatch(
      /Po 3 kolejnych nieudanych próbach/,
    );
    expect(await refusal(authenticateStaff(s.email, 'zle-3', later(2)))).toMatch(
      /Następna próba będzie możliwa za 5 s/,
    );
    // While waiting, even the right password is refused (and not counted).
    expect(await refusal(authenticateStaff(s.email, TEST_PASSWORD, later(4)))).toMatch(/^LOCKED: Zbyt wiele/);
    expect(await refusal(authenticateStaff(s.email, 'zle-4', later(8)))).toMatch(/za 30 s/);
    expect(await refusal(authenticateStaff(s.email, 'zle-5', later(40)))).toMatch(
      /zablokowane po 5 nieudanych próbach logowania — do \d\d:\d\d/,
    );
    expect(await refusal(authenticateStaff(s.email, TEST_PASSWORD, later(40 + 14 * 60)))).toMatch(/^LOCKED/);
    const row = await prisma.staffUser.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.lockedUntil).toEqual(later(40 + SIGN_IN_POLICY.lockMinutes * 60));
    expect(await prisma.auditLog.count({ where: { entityId: s.id, action: 'staff.locked' } })).toBe(1);
    // After the lock, the right password works and resets the counter.
    expect(await refusal(authenticateStaff(s.email, TEST_PASSWORD, later(40 + 16 * 60)))).toBe('signed in');
    expect((await prisma.staffUser.findUniqueOrThrow({ where: { id: s.id } })).failedLogins).toBe(0);
  });

  it('lets only as many parallel wrong guesses through as the policy allows', async () => {
    const s = await createTestStaff('CLERK');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => refusal(authenticateStaff(s.email, `zle-${i}`, t0))),
    );
    // Guesses 1–3 are checked (the 3rd earns the wait); the other 7 are refused unchecked.
    expect(answers.filter((a) => a.includes('Nieprawidłowy'))).toHaveLength(3);
    expect(answers.filter((a) => a.startsWith('LOCKED: Zbyt wiele'))).toHaveLength(7);
    expect((await prisma.staffUser.findUniqueOrThrow({ where: { id: s.id } })).failedLogins).toBe(3);
  });

  it('refuses a deactivated account', async () => {
    const s = await createTestStaff('CLERK');
    await prisma.staffUser.update({ where: { id: s.id }, data: { active: false } });
    expect(await refusal(authenticateStaff(s.email, TEST_PASSWORD, t0))).toMatch(/^BAD_CREDENTIALS/);
  });

  it('changing the password checks the current one and ends older sessions', async () => {
    const s = await createTestStaff('CLERK');
    expect(await refusal(changeOwnPassword(s.id, 'zle', 'nowe dlugie haslo', t0))).toMatch(/^BAD_PASSWORD/);
    await changeOwnPassword(s.id, TEST_PASSWORD, 'nowe dlugie haslo', t0);
    const row = await prisma.staffUser.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.sessionVersion).toBe(1);
    expect(await refusal(authenticateStaff(s.email, TEST_PASSWORD, later(1)))).toMatch(/^BAD_CREDENTIALS/);
    expect(await refusal(authenticateStaff(s.email, 'nowe dlugie haslo', later(2)))).toBe('signed in');
  });
});
