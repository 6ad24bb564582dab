// The Credentials provider's authorize (the sign-in form and next-auth's own
// /api/auth/callback/credentials both end there) counts the client address's limit first.
import { afterAll, describe, expect, it, vi } from 'vitest';
import crypto from 'node:crypto';
import { PEER_PREFIX } from '@/lib/server/core/rate-limit';

const PEER_HEADER = `${PEER_PREFIX}test`;
import { signInStaff } from './sign-in-staff';
import { KNOWN_DEVICE_COOKIE } from './known-device';
import { TEST_PASSWORD, createTestStaff } from '@/lib/testing/staff';

// No proxy in front, run by scripts/server.mjs (whatever the environment of the run says).
vi.stubEnv('TRUSTED_PROXY_HOPS', '0');
vi.stubEnv('TERMIN_PEER_HEADER', PEER_HEADER);
const LIMIT = 5;
vi.stubEnv('SIGN_IN_LIMIT', String(LIMIT));
afterAll(() => vi.unstubAllEnvs());

const from = (peer: string, forwardedFor?: string) =>
  new Headers({ [PEER_HEADER]: peer, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) });
/** A /64 no other test uses. */
const net = () =>
  `2001:db8:${crypto.randomBytes(2).toString('hex')}:${crypto.randomBytes(2).toString('hex')}`;
/** An IPv4 address no other test uses (TEST-NET-2, 198.51.100.0/24, and its neighbours). */
const ipv4 = () => `198.${crypto.randomInt(18, 20)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;
// Years ahead of any clock another test file purges counters with (they share the database).
const t0 = new Date('2031-03-01T09:00:00Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);

async function outcome(p: Promise<unknown>) {
  return p.then(
    () => 'signed in',
    (e: { code?: string }) => e.code ?? String(e),
  );
}

describe('signInStaff', () => {
  it('counts every attempt of one address, whatever X-Forwarded-For says, then refuses even the right password', async () => {
    const clerk = await createTestStaff('CLERK');
    // A /64 of its own; each attempt comes from another address inside it.
    const prefix = net();
    const peer = (i: number) => `${prefix}::${(i + 1).toString(16)}`;
    const now = new Date();
    const answers = [];
    for (let i = 0; i < LIMIT; i++)
      answers.push(
        await outcome(
          signInStaff({ email: 'nikt@um.opole.pl', password: 'x' }, from(peer(i), `10.9.${i}.1`), now),
        ),
      );
    expect(answers.every((a) => a === 'BAD_CREDENTIALS')).toBe(true);
    expect(
      await outcome(
        signInStaff({ email: clerk.email, password: TEST_PASSWORD }, from(peer(99), '203.0.113.1'), now),
      ),
    ).toBe('RATE_LIMITED');
    // Another address is not affected, and gets a session id of its own.
    const ok = await signInStaff({ email: clerk.email, password: TEST_PASSWORD }, from('192.0.2.77'), now);
    expect(ok.id).toBe(clerk.id);
    expect(ok.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("six wrong passwords from one address, then the owner's right password from another: signed in", async () => {
    const clerk = await createTestStaff('CLERK');
    const [stranger, owner] = [ipv4(), ipv4()];
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(
        await outcome(signInStaff({ email: clerk.email, password: `zle-${i}` }, from(stranger), at(i))),
      );
    // The first is checked and earns a wait; the next are refused unchecked; past SIGN_IN_LIMIT
    // the address is refused whatever it tries.
    expect(answers).toEqual([
      'BAD_CREDENTIALS',
      'SIGN_IN_WAIT',
      'SIGN_IN_WAIT',
      'SIGN_IN_WAIT',
      'SIGN_IN_WAIT',
      'RATE_LIMITED',
    ]);
    expect(
      await outcome(signInStaff({ email: clerk.email, password: TEST_PASSWORD }, from(owner), at(6))),
    ).toBe('signed in');
  });

  it('an IPv6 client waits as one /64, whichever of its addresses it comes from', async () => {
    const clerk = await createTestStaff('CLERK');
    const prefix = net();
    expect(
      await outcome(signInStaff({ email: clerk.email, password: 'zle' }, from(`${prefix}::1`), t0)),
    ).toBe('BAD_CREDENTIALS');
    expect(
      await outcome(
        signInStaff({ email: clerk.email, password: TEST_PASSWORD }, from(`${prefix}::2`), at(1)),
      ),
    ).toBe('SIGN_IN_WAIT');
    expect(
      await outcome(signInStaff({ email: clerk.email, password: TEST_PASSWORD }, from(`${net()}::2`), at(1))),
    ).toBe('signed in');
  });

  it('a browser that signed in before gets a known-device cookie, and is checked at once at an address that must wait', async () => {
    const clerk = await createTestStaff('CLERK');
    const office = ipv4();
    const first = await signInStaff({ email: clerk.email, password: TEST_PASSWORD }, from(office), t0);
    expect(first.knownDevice).toMatch(/^[\w-]{48}$/);
    // A stranger behind the same address guesses; the address waits.
    await outcome(signInStaff({ email: clerk.email, password: 'zle' }, from(office), at(10)));
    const withCookie = (cookie: string) => {
      const h = from(office);
      h.set('cookie', `other=1; ${KNOWN_DEVICE_COOKIE}=${cookie}`);
      return h;
    };
    const pass = { email: clerk.email, password: TEST_PASSWORD };
    expect(await outcome(signInStaff(pass, from(office), at(11)))).toBe('SIGN_IN_WAIT');
    const again = await signInStaff(pass, withCookie(first.knownDevice), at(11));
    expect(again.id).toBe(clerk.id);
    expect(again.knownDevice).not.toBe(first.knownDevice); // renewed with this sign-in's time
    expect(await outcome(signInStaff(pass, withCookie('forged'), at(12)))).toBe('SIGN_IN_WAIT');
  });
});
