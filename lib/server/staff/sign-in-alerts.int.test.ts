// Many wrong passwords on one account, from any addresses, name it on administrators' /admin page
// (audited) until one dismisses it; the owner's right password is never refused meanwhile.
import crypto from 'node:crypto';
import { type ReactNode, createElement } from 'react';
import { prerender } from 'react-dom/static';
import { describe, expect, it, vi } from 'vitest';
import { SIGN_IN_THROTTLE } from '@/lib/domain/sign-in-throttle';
import { prisma } from '@/lib/server/core/db';
import { purgeForgottenSignInFailures } from '@/lib/server/retention/purge-sign-in-failures';
import { WithIntl } from '@/lib/testing/intl';
import { createTestCategory } from '@/lib/testing/fixtures';
import {
  type TestSession,
  TEST_PASSWORD,
  createTestStaff,
  expectRedirect,
  form,
  sessionOf,
} from '@/lib/testing/staff';
import { authenticateStaff } from './authenticate-staff';
import { listSignInAlerts } from './list-sign-in-alerts';

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next-intl/server', () => import('@/lib/testing/intl'));
const withWords = (node: ReactNode) => createElement(WithIntl, null, node);

const { dismissSignInAlertAction } = await import('@/app/admin/(panel)/actions');
const { default: AdminHome } = await import('@/app/admin/(panel)/page');

// Years ahead of any clock another test file purges counters with (they share the database).
// This file's purge runs before the others' clocks and touches only sign-in counters (the limit
// purge that calls it would also reset other files' RateLimit rows).
const t0 = new Date('2032-05-01T10:00:00Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);
const purgeT0 = new Date('2030-01-10T10:00:00Z');
const purgeLater = (s: number) => new Date(purgeT0.getTime() + s * 1000);
const DAY = 24 * 3600;
const { alertAfter } = SIGN_IN_THROTTLE;

/** `n` wrong passwords at once, each from an address of its own. */
const guesses = (email: string, n: number, at: number, clock = later) =>
  Promise.all(
    Array.from({ length: n }, () =>
      authenticateStaff({ email, password: 'zle', client: crypto.randomUUID(), now: clock(at) }).catch(
        (e: { code: string }) => e.code,
      ),
    ),
  );

const alertOf = async (staffId: string) => (await listSignInAlerts()).find((a) => a.staffId === staffId);

async function adminPage(): Promise<string> {
  const element = await AdminHome({ searchParams: Promise.resolve({}) });
  return new Response((await prerender(withWords(element as ReactNode))).prelude).text();
}

describe('the notice of many failed sign-ins', () => {
  it('is raised (once, audited) by the failure that reaches the threshold, from any addresses', async () => {
    const clerk = await createTestStaff('CLERK');
    await guesses(clerk.email, alertAfter - 1, 0);
    expect(await alertOf(clerk.id)).toBeUndefined();
    expect(await guesses(clerk.email, 3, 60)).toEqual([
      'BAD_CREDENTIALS',
      'BAD_CREDENTIALS',
      'BAD_CREDENTIALS',
    ]);
    expect(await alertOf(clerk.id)).toMatchObject({
      email: clerk.email,
      failures: alertAfter + 2,
      since: t0,
      lastAt: later(60),
    });
    const audit = await prisma.auditLog.findMany({
      where: { entityId: clerk.id, action: 'staff.sign-in-alert' },
      select: { actor: true, data: true },
    });
    expect(audit).toEqual([{ actor: 'system', data: { failures: alertAfter, since: t0.toISOString() } }]);
    // The owner's right password from a clean address is not refused.
    const owner = await authenticateStaff({
      email: clerk.email,
      password: TEST_PASSWORD,
      client: crypto.randomUUID(),
      now: later(61),
    });
    expect(owner.id).toBe(clerk.id);
    // Signing in does not end the notice: only an administrator does.
    expect(await alertOf(clerk.id)).toBeDefined();
  });

  it('shows on /admin to administrators only; dismissing it is audited, and new failures raise it again', async () => {
    const { office } = await createTestCategory();
    const admin = await createTestStaff('ADMIN');
    const clerk = await createTestStaff('CLERK', office.id);
    await guesses(clerk.email, alertAfter, 0);

    session.current = sessionOf(admin);
    const page = await adminPage();
    expect(page).toContain('Nieudane logowania');
    expect(page).toMatch(
      new RegExp(`${clerk.email} \\(Test CLERK\\): 10 nieudanych prób logowania od \\d+ maja 2032`),
    );
    expect(page).toContain(`Zamknij powiadomienie o ${clerk.email}`);
    session.current = sessionOf(clerk);
    expect(await adminPage()).not.toContain('Nieudane logowania');
    expect(await dismissSignInAlertAction(null, form({ id: clerk.id }))).toMatchObject({
      ok: false,
      message: 'Ta czynność jest dostępna tylko dla administratora.',
    });
    expect(await alertOf(clerk.id)).toBeDefined();

    session.current = sessionOf(admin);
    await expectRedirect(
      dismissSignInAlertAction(null, form({ id: clerk.id })),
      '/admin?powiadomienie=zamkniete',
    );
    expect(await alertOf(clerk.id)).toBeUndefined();
    const dismissed = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: clerk.id, action: 'staff.sign-in-alert-dismissed' },
      select: { actorId: true, data: true },
    });
    expect(dismissed).toEqual({
      actorId: admin.id,
      data: { email: clerk.email, failures: alertAfter, since: t0.toISOString() },
    });
    expect(await dismissSignInAlertAction(null, form({ id: clerk.id }))).toMatchObject({
      ok: false,
      message: 'To zostało już załatwione.',
    });

    // Counted afresh from the dismissal.
    await guesses(clerk.email, alertAfter - 1, 120);
    expect(await alertOf(clerk.id)).toBeUndefined();
    await guesses(clerk.email, 1, 180);
    expect(await alertOf(clerk.id)).toMatchObject({ failures: alertAfter, since: later(120) });
    expect(
      await prisma.auditLog.count({ where: { entityId: clerk.id, action: 'staff.sign-in-alert' } }),
    ).toBe(2);
  });

  it('a day after the last failure, counters are purged; a raised notice stays until dismissed', async () => {
    const [quiet, raised] = [await createTestStaff('CLERK'), await createTestStaff('CLERK')];
    await guesses(quiet.email, 2, 0, purgeLater);
    await guesses(raised.email, alertAfter, 0, purgeLater);
    await purgeForgottenSignInFailures(purgeLater(DAY - 1));
    expect(await prisma.signInFailure.count({ where: { staffId: { in: [quiet.id, raised.id] } } })).toBe(
      alertAfter + 2,
    );
    await purgeForgottenSignInFailures(purgeLater(DAY));
    expect(await prisma.signInFailure.count({ where: { staffId: { in: [quiet.id, raised.id] } } })).toBe(0);
    expect(await prisma.signInAlert.findMany({ where: { staffId: { in: [quiet.id, raised.id] } } })).toEqual([
      expect.objectContaining({ staffId: raised.id, failures: alertAfter }),
    ]);
    // A raised notice keeps counting, however late the next failure.
    await guesses(raised.email, 1, 3 * DAY, purgeLater);
    expect(await alertOf(raised.id)).toMatchObject({ failures: alertAfter + 1, since: purgeT0 });
  });
});
