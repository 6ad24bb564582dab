// Every exported admin server action and every admin page checks the session and the role
// itself. The lists below are checked against what the files export: a new action or page
// fails this test until it is classified here.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FORBIDDEN_PAGE, SIGN_IN_PATH } from '@/lib/server/staff/guard';
import { translator } from '@/lib/i18n/translator';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { outcomeOf } from '@/lib/testing/fuzz';
import { dropOwnDatabase } from '@/lib/testing/own-database';
import {
  type TestSession,
  createTestStaff,
  expectRedirect,
  redirectTarget,
  sessionOf,
} from '@/lib/testing/staff';

const FORBIDDEN_MESSAGE = translator()('staff.adminOnly');
const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next-intl/server', () => import('@/lib/testing/intl'));
// "Nothing done" is counted over the whole audit log: a database of its own, where no other file
// audits meanwhile.
vi.mock('@/lib/server/core/db', async () =>
  (await import('@/lib/testing/own-database')).ownDatabase('access'),
);
vi.mock('@/lib/server/staff/auth', () => ({
  signIn: async () => {},
  signOut: async () => {},
  StaffSignInError: class extends Error {},
}));

const { prisma } = await import('@/lib/server/core/db');
afterAll(async () => {
  await prisma.$disconnect();
  await dropOwnDatabase();
});

/** Who may call each action: PUBLIC (sign-in/out), CLERK (any staff) or ADMIN only. */
const ACTIONS: Record<string, 'PUBLIC' | 'CLERK' | 'ADMIN'> = {
  signInAction: 'PUBLIC',
  signOutAction: 'PUBLIC',
  changePasswordAction: 'CLERK',
  changeVisitStatusAction: 'CLERK',
  revealContactAction: 'CLERK',
  anonymiseBookingAction: 'ADMIN',
  addBlockAction: 'ADMIN',
  liftBlockAction: 'ADMIN',
  updateNoShowRuleAction: 'ADMIN',
  bookByPhoneAction: 'CLERK',
  publishAnnouncementAction: 'ADMIN',
  deactivateAnnouncementAction: 'ADMIN',
  setPhoneOnlyAction: 'ADMIN',
  publishRegulationsAction: 'ADMIN',
  createStaffAction: 'ADMIN',
  deactivateStaffAction: 'ADMIN',
  activateStaffAction: 'ADMIN',
  resetStaffPasswordAction: 'ADMIN',
  dismissSignInAlertAction: 'ADMIN',
  saveRulesAction: 'ADMIN',
  saveHorizonAction: 'ADMIN',
  addClosureAction: 'ADMIN',
  removeClosureAction: 'ADMIN',
  resendMessageAction: 'ADMIN',
  closeMessageAction: 'ADMIN',
  saveCounterSetupAction: 'CLERK',
  counterAction: 'CLERK',
  createPairingCodeAction: 'ADMIN',
  revokeKioskDeviceAction: 'ADMIN',
  updateKioskSettingsAction: 'ADMIN',
  updateWalkInSettingsAction: 'ADMIN',
  cancelVisitForResidentAction: 'CLERK',
  moveVisitAction: 'CLERK',
  updateOfficeAction: 'ADMIN',
  updateCategoryAction: 'ADMIN',
  updateMatterAction: 'ADMIN',
  createMatterAction: 'ADMIN',
  deleteMatterAction: 'ADMIN',
  updateWalkInMatterAction: 'ADMIN',
  createWalkInMatterAction: 'ADMIN',
};

/** Pages (by file) only administrators may open; all others under (panel) are for any staff. */
const ADMIN_PAGES: string[] = [
  './(panel)/biletomat/page.tsx',
  './(panel)/blokady/page.tsx',
  './(panel)/harmonogram/page.tsx',
  './(panel)/katalog/page.tsx',
  './(panel)/katalog/kategoria/page.tsx',
  './(panel)/konta/page.tsx',
  './(panel)/ogloszenia/page.tsx',
  './(panel)/regulamin/page.tsx',
  './(panel)/wiadomosci/page.tsx',
];

const actionModules = import.meta.glob<Record<string, unknown>>('./**/actions.ts');
const pageModules = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: (props: unknown) => Promise<unknown> }>('./**/page.tsx')).filter(
    ([f]) => f.startsWith('./(panel)/'),
  ),
);

async function allActions() {
  const out: { file: string; name: string; fn: (p: unknown, fd: FormData) => Promise<unknown> }[] = [];
  for (const [file, load] of Object.entries(actionModules)) {
    for (const [name, fn] of Object.entries(await load()))
      if (typeof fn === 'function') out.push({ file, name, fn: fn as never });
  }
  return out;
}

const pageProps = { params: Promise.resolve({}), searchParams: Promise.resolve({}) };

describe('admin access control', () => {
  let clerk: { id: string };
  beforeAll(async () => {
    const { office } = await createTestCategory();
    clerk = await createTestStaff('CLERK', office.id);
  });
  afterAll(() => {
    session.current = null;
  });

  it('classifies every exported action', async () => {
    const names = (await allActions()).map((a) => a.name).sort();
    expect(names.length).toBeGreaterThan(2);
    expect(names).toEqual(Object.keys(ACTIONS).sort());
  });

  it('refuses every staff action without a session (redirect to sign-in, nothing done)', async () => {
    session.current = null;
    const auditBefore = await prisma.auditLog.count();
    for (const a of await allActions()) {
      if (ACTIONS[a.name] === 'PUBLIC') continue;
      await expectRedirect(a.fn(null, new FormData()), SIGN_IN_PATH);
    }
    expect(await prisma.auditLog.count()).toBe(auditBefore);
  });

  it('refuses a session whose version is stale (password changed elsewhere)', async () => {
    session.current = sessionOf(clerk, 7);
    const change = (await allActions()).find((a) => a.name === 'changePasswordAction')!;
    await expectRedirect(change.fn(null, new FormData()), SIGN_IN_PATH);
  });

  it("refuses a clerk every administrator's action, and lets a clerk reach the rest", async () => {
    session.current = sessionOf(clerk);
    for (const a of await allActions()) {
      const role = ACTIONS[a.name];
      if (role === 'PUBLIC') continue;
      const result = (await a
        .fn(null, new FormData())
        .catch((e: unknown) => ({ thrown: redirectTarget(e) ?? String(e) }))) as {
        ok?: boolean;
        message?: string;
      };
      if (role === 'ADMIN') expect(result, a.name).toMatchObject({ ok: false, message: FORBIDDEN_MESSAGE });
      else expect(result?.message, a.name).not.toBe(FORBIDDEN_MESSAGE);
    }
  });

  it('sends signed-out visitors of every panel page to sign-in, and clerks away from admin pages', async () => {
    const files = Object.keys(pageModules);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const Page = (await pageModules[file]!()).default;
      session.current = null;
      await expectRedirect(Page(pageProps), SIGN_IN_PATH);
      if (ADMIN_PAGES.includes(file)) {
        session.current = sessionOf(clerk);
        await expectRedirect(Page(pageProps), FORBIDDEN_PAGE);
      }
    }
    for (const f of ADMIN_PAGES) expect(files, 'ADMIN_PAGES lists a page that does not exist').toContain(f);
  });

  it("answers a clerk's request for another office's phone booking with 404, not an error", async () => {
    const mine = await createTestCategory();
    const theirs = await createTestCategory();
    const booking = await createTestBooking(theirs, new Date('2026-12-09T09:00:00Z'), { channel: 'PHONE' });
    const Page = (await pageModules['./(panel)/telefoniczna/[id]/page.tsx']!()).default;
    const open = () => Page({ params: Promise.resolve({ id: booking.id }) });
    session.current = sessionOf(await createTestStaff('CLERK', mine.office.id));
    expect(await outcomeOf(open)).toEqual({ kind: 'not-found' });
    // Its own office's clerk (and an administrator) reads it.
    session.current = sessionOf(await createTestStaff('CLERK', theirs.office.id));
    expect((await outcomeOf(open)).kind).toBe('value');
    session.current = sessionOf(await createTestStaff('ADMIN'));
    expect((await outcomeOf(open)).kind).toBe('value');
  });
});
