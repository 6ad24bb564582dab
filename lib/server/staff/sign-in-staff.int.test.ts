// The Credentials provider's authorize (the sign-in form and next-auth's own
// /api/auth/callback/credentials both end there) counts the client address's limit first.
import { afterAll, describe, expect, it, vi } from 'vitest';
import crypto from 'node:crypto';
import { PEER_PREFIX } from '@/lib/server/core/rate-limit';

const PEER_HEADER = `${PEER_PREFIX}test`;
import { signInStaff } from './sign-in-staff';
import { TEST_PASSWORD, createTestStaff } from '@/lib/testing/staff';

// No proxy in front, run by scripts/server.mjs (whatever the environment of the run says).
vi.stubEnv('TRUSTED_PROXY_HOPS', '0');
vi.stubEnv('TERMIN_PEER_HEADER', PEER_HEADER);
const LIMIT = 5;
vi.stubEnv('SIGN_IN_LIMIT', String(LIMIT));
afterAll(() => vi.unstubAllEnvs());

const from = (peer: string, forwardedFor?: string) =>
  new Headers({ [PEER_HEADER]: peer, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) });

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
    const net = `2001:db8:${crypto.randomBytes(2).toString('hex')}:${crypto.randomBytes(2).toString('hex')}`;
    const peer = (i: number) => `${net}::${(i + 1).toString(16)}`;
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
});
