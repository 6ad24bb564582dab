// Wrong passwords throttle the client that typed them (an address key, or a known device) on that
// account; nothing ever refuses the owner's right password from a clean address or a known device.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { authenticateStaff, changeOwnPassword } from './authenticate-staff';
import { rememberDevice } from './known-device';
import { TEST_PASSWORD, authenticateAnew, createTestStaff } from '@/lib/testing/staff';

// Years ahead of any clock another test file purges counters with (they share the database).
const t0 = new Date('2031-02-01T08:00:00Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);
/** An address key of its own (as clientKey makes them: a hash, never the address). */
const address = () => crypto.randomBytes(16).toString('hex');

async function answer(p: Promise<unknown>) {
  return p.then(
    () => 'signed in',
    (e: { code?: string; userMessage?: string }) => `${e.code}: ${e.userMessage}`,
  );
}

/** One attempt from `client` (with the browser's known-device cookie, if any) at `at` seconds. */
const attempt = (email: string, password: string, at: number, client: string, device?: string) =>
  answer(authenticateStaff({ email, password, client, device, now: later(at) }));

const BAD = 'BAD_CREDENTIALS: Nieprawidłowy e-mail lub hasło.';
const WAITING = 'SIGN_IN_WAIT: Zbyt wiele nieudanych prób logowania z tego urządzenia.';

describe('staff sign-in', () => {
  it('signs in with the right password, stores only an argon2id hash, audits it', async () => {
    const s = await createTestStaff('CLERK');
    const who = await authenticateStaff({
      email: ` ${s.email.toUpperCase()} `,
      password: TEST_PASSWORD,
      client: address(),
      now: t0,
    });
    expect(who.id).toBe(s.id);
    const row = await prisma.staffUser.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
    expect(row.lastLoginAt).toEqual(t0);
    expect(await prisma.auditLog.count({ where: { entityId: s.id, action: 'staff.sign-in' } })).toBe(1);
    expect(await prisma.signInFailure.count({ where: { staffId: s.id } })).toBe(0);
  });

  it('answers an unknown address as a wrong password, which says how long to wait', async () => {
    const s = await createTestStaff('CLERK');
    expect(await attempt('nikt@um.opole.pl', 'x', 0, address())).toBe(BAD);
    expect(await attempt(s.email, 'zle', 0, address())).toBe(`${BAD} Spróbuj ponownie za 5 s.`);
  });

  it('six wrong passwords from one address: that address waits longer each time, the owner elsewhere signs in at once', async () => {
    const s = await createTestStaff('CLERK');
    const [stranger, owner] = [address(), address()];
    // Each guess comes as soon as the previous wait allows: 5 s, 30 s, 1 min, 2 min, 5 min.
    const times = [0, 5, 35, 95, 215, 515];
    const answers = [];
    for (const [i, at] of times.entries()) answers.push(await attempt(s.email, `zle-${i}`, at, stranger));
    expect(answers).toEqual([
      `${BAD} Spróbuj ponownie za 5 s.`,
      `${BAD} Spróbuj ponownie za 30 s.`,
      `${BAD} Spróbuj ponownie za 60 s.`,
      `${BAD} Spróbuj ponownie za 2 min.`,
      `${BAD} Spróbuj ponownie za 5 min.`,
      `${BAD} Spróbuj ponownie za 10 min.`,
    ]);
    // During its wait the stranger's address is answered without its password being looked at:
    // even the right one is refused, and it is not counted.
    expect(await attempt(s.email, TEST_PASSWORD, 516, stranger)).toBe(
      `${WAITING} Spróbuj ponownie za 10 min.`,
    );
    expect(await attempt(s.email, 'zle-7', 1000, stranger)).toBe(`${WAITING} Spróbuj ponownie za 115 s.`);
    // The owner, at another address, is checked at once.
    expect(await attempt(s.email, TEST_PASSWORD, 516, owner)).toBe('signed in');
    // The stranger's wait goes on, and grows to at most 15 minutes.
    expect(await attempt(s.email, 'zle-8', 1115, stranger)).toBe(`${BAD} Spróbuj ponownie za 15 min.`);
    expect(await attempt(s.email, 'zle-9', 2015, stranger)).toBe(`${BAD} Spróbuj ponownie za 15 min.`);
    const row = await prisma.signInFailure.findFirstOrThrow({ where: { staffId: s.id } });
    expect(row).toMatchObject({
      failures: 8,
      firstAt: t0,
      lastAt: later(2015),
      waitUntil: later(2015 + 900),
    });
    expect(row.subject).toBe(`address:${stranger}`);
  });

  it("the right password clears that address's failures; the others' stay", async () => {
    const s = await createTestStaff('CLERK');
    const [mine, theirs] = [address(), address()];
    await attempt(s.email, 'zle-1', 0, theirs);
    await attempt(s.email, 'zle-1', 0, mine);
    await attempt(s.email, 'zle-2', 5, mine);
    expect(await attempt(s.email, TEST_PASSWORD, 35, mine)).toBe('signed in');
    // A typo right after: counted from one again.
    expect(await attempt(s.email, 'zle-3', 36, mine)).toBe(`${BAD} Spróbuj ponownie za 5 s.`);
    expect(await attempt(s.email, 'zle-2', 36, theirs)).toBe(`${BAD} Spróbuj ponownie za 30 s.`);
  });

  it('failures are forgotten a day after the last one', async () => {
    const s = await createTestStaff('CLERK');
    const a = address();
    for (const at of [0, 5, 35]) await attempt(s.email, 'zle', at, a);
    const day = 24 * 3600;
    expect(await attempt(s.email, 'zle', 35 + day - 1, a)).toBe(`${BAD} Spróbuj ponownie za 2 min.`);
    // A day after that one: the count starts again at one.
    expect(await attempt(s.email, 'zle', 35 + 2 * day, a)).toBe(`${BAD} Spróbuj ponownie za 5 s.`);
  });

  it('a known device is checked at once whatever its address earned; its own failures make it wait', async () => {
    const s = await createTestStaff('CLERK');
    const other = await createTestStaff('CLERK');
    const office = address(); // the clerk and a stranger share one address (the city hall's NAT)
    // The browser is known for two accounts (a shared counter computer), this clerk's first.
    const cookie = rememberDevice(rememberDevice(null, other.id, t0), s.id, t0);
    for (const at of [1, 6, 36]) await attempt(s.email, 'zle', at, office);
    expect(await attempt(s.email, TEST_PASSWORD, 40, office)).toMatch(/^SIGN_IN_WAIT/);
    expect(await attempt(s.email, TEST_PASSWORD, 40, office, cookie)).toBe('signed in');

    // The known device's own wrong password makes it (and only it) wait.
    expect(await attempt(s.email, 'zle', 41, office, cookie)).toBe(`${BAD} Spróbuj ponownie za 5 s.`);
    expect(await attempt(s.email, TEST_PASSWORD, 42, office, cookie)).toBe(
      `${WAITING} Spróbuj ponownie za 4 s.`,
    );
    expect(await attempt(s.email, TEST_PASSWORD, 46, office, cookie)).toBe('signed in');
    // The address's own wait was not touched by the device's sign-ins.
    expect(await attempt(s.email, TEST_PASSWORD, 47, office)).toMatch(/^SIGN_IN_WAIT/);

    // Not a known device: the cookie of another account, altered, or older than a year.
    const altered = cookie.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const yearAgo = rememberDevice(null, s.id, new Date(t0.getTime() - 366 * 24 * 3600_000));
    for (const c of [rememberDevice(null, other.id, t0), altered, yearAgo, 'x'.repeat(5000)])
      expect(await attempt(s.email, TEST_PASSWORD, 48, office, c)).toMatch(/^SIGN_IN_WAIT/);
  });

  it('of parallel guesses from one address only one reaches the password check; other addresses are not held up', async () => {
    const s = await createTestStaff('CLERK');
    const a = address();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => attempt(s.email, `zle-${i}`, 0, a)),
    );
    expect(answers.filter((x) => x.startsWith('BAD_CREDENTIALS'))).toHaveLength(1);
    expect(answers.filter((x) => x.startsWith('SIGN_IN_WAIT'))).toHaveLength(9);
    expect(
      await prisma.signInFailure.findMany({ where: { staffId: s.id }, select: { failures: true } }),
    ).toEqual([{ failures: 1 }]);
    const elsewhere = await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => attempt(s.email, `zle-${i}`, 1, address())),
      attempt(s.email, TEST_PASSWORD, 1, address()),
    ]);
    expect(elsewhere.slice(0, 5).every((x) => x.startsWith('BAD_CREDENTIALS'))).toBe(true);
    expect(elsewhere[5]).toBe('signed in');
  });

  it('refuses a deactivated account', async () => {
    const s = await createTestStaff('CLERK');
    await prisma.staffUser.update({ where: { id: s.id }, data: { active: false } });
    expect(await attempt(s.email, TEST_PASSWORD, 0, address())).toBe(BAD);
  });

  it('changing the password checks the current one and ends older sessions', async () => {
    const s = await createTestStaff('CLERK');
    expect(await answer(changeOwnPassword(s.id, 'zle', 'nowe dlugie haslo', t0))).toMatch(/^BAD_PASSWORD/);
    await changeOwnPassword(s.id, TEST_PASSWORD, 'nowe dlugie haslo', t0);
    const row = await prisma.staffUser.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.sessionVersion).toBe(1);
    expect(await answer(authenticateAnew(s.email, TEST_PASSWORD, later(1)))).toMatch(/^BAD_CREDENTIALS/);
    expect(await answer(authenticateAnew(s.email, 'nowe dlugie haslo', later(2)))).toBe('signed in');
  });
});
