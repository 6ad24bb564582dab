// Crafted input never ends in an uncaught error. Every server action, route handler and page a
// resident can reach is found by globbing app/ and sent a table of nasty values, one field at a
// time (also doubled, as a file, missing, and with no form at all). The answer must be a form
// state saying in Polish what is wrong, a 4xx Response, a redirect or notFound(); a refusal
// changes nothing in the booking tables, and a request accepted despite odd input stores only
// clean, normalised values. A new action, route or page fails this test until it is classified.
import crypto from 'node:crypto';
import { type MockInstance, afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { createElement, isValidElement } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { localDateOf } from '@/lib/domain/time';
import { findNextFreeTime } from '@/lib/server/schedule/find-next-free-time';
import { prisma } from '@/lib/server/core/db';
import {
  ACCEPTANCE_COOKIE,
  encodeAcceptance,
  getCurrentRegulations,
} from '@/lib/server/notices/get-current-regulations';
import { requestBooking } from '@/lib/server/booking/request-booking';
import { confirmBooking } from '@/lib/server/booking/confirm-booking';
import { requestEmailChange } from '@/lib/server/booking/request-email-change';
import { APPLICATION_NUMBER } from '@/lib/validation/booking';
import { createPairingCode } from '@/lib/server/queue/create-pairing-code';
import { pairDevice } from '@/lib/server/queue/pair-device';
import { KIOSK_COOKIE } from '@/lib/server/queue/types';
import { createTestBooking, createTestCategory, createTestTicket } from '@/lib/testing/fixtures';
import { queueListener } from '@/lib/server/live/queue-events';
import { liveTicketToken } from '@/lib/server/live/ticket-link';
import { PEUP_PATH } from '@/lib/validation/catalogue';
import {
  type Outcome,
  bookingTables,
  expectPolishRefusal,
  outcomeOf,
  uncleanBookings,
} from '@/lib/testing/fuzz';
import { NASTY_STRINGS, nastyCookies } from '@/lib/testing/nasty-input';
import { type TestSession, createTestStaff, sessionOf } from '@/lib/testing/staff';
import { WithIntl } from '@/lib/testing/intl';
import type { ReactElement } from 'react';

const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name)! } : undefined),
    has: (name: string) => jar.cookies.has(name),
    getAll: () => [...jar.cookies].map(([name, value]) => ({ name, value })),
    set: (name: string | { name: string; value: string }, value?: string) =>
      typeof name === 'string' ? jar.cookies.set(name, value ?? '') : jar.cookies.set(name.name, name.value),
    delete: (name: string) => jar.cookies.delete(name),
  }),
  headers: async () => new Headers({ host: 'localhost:3000', 'x-forwarded-for': '203.0.113.7' }),
}));
vi.mock('next/server', async (original) => ({
  ...(await original<typeof import('next/server')>()),
  connection: async () => {},
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// Pages render here without Next's app router around them: a client component's useRouter gets a
// router that goes nowhere (the form's navigation after "Zarezerwuj" is the e2e tests' subject).
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({
    push: () => {},
    replace: () => {},
    refresh: () => {},
    back: () => {},
    forward: () => {},
    prefetch: () => {},
  }),
}));
vi.mock('next-intl/server', () => import('@/lib/testing/intl'));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
// Limits are another test's subject; here they would refuse everything after the tenth call.
vi.mock('@/lib/server/core/rate-limit', async (original) => ({
  ...(await original<typeof import('@/lib/server/core/rate-limit')>()),
  enforceRateLimit: async () => {},
  hitRateLimit: async () => null,
}));
// E-mails are another test's subject; rendering hundreds of them would only slow this one down.
vi.mock('@/lib/server/notify/render-email', () => ({
  renderEmail: async (subject: string) => ({ subject, text: subject, html: `<p>${subject}</p>` }),
}));
// The server action's signIn() needs Next's request scope; it does what the Credentials
// provider does (lib/server/staff/auth.ts), so the crafted e-mail and password reach the real check.
vi.mock('@/lib/server/staff/auth', async (original) => {
  const real = await original<typeof import('@/lib/server/staff/auth')>();
  const { authenticateStaff } = await import('@/lib/server/staff/authenticate-staff');
  const { isAppError } = await import('@/lib/server/core/errors');
  return {
    ...real,
    signIn: async (_provider: string, c: { email: string; password: string }) => {
      try {
        await authenticateStaff({ email: c.email, password: c.password, client: 'fuzz', now: new Date() });
      } catch (e) {
        if (isAppError(e)) throw new real.StaffSignInError(e);
        throw e;
      }
    },
    signOut: async () => {
      const { redirect } = await import('next/navigation');
      redirect('/admin/logowanie?wylogowano=1');
    },
  };
});

type Form = Record<string, string>;
type Action = (prev: unknown, form: unknown) => Promise<unknown>;
type Fixture = Awaited<ReturnType<typeof setUp>>;
type HoldFixture = Pick<Fixture, 'category' | 'matter' | 'startsAt' | 'regulations'>;

/** How each public action is fed: a valid form (made afresh per call) and what success looks like. */
type ActionCase = {
  valid: (f: Fixture) => Promise<Form>;
  succeeded: (o: Outcome) => boolean;
  /** Whether refusals are checked against the booking tables (sign-in touches none of them). */
  bookingTables?: false;
  /** Cookies the browser sends along (the ticket machine's device cookie). */
  cookies?: (f: Fixture) => Form;
};

const ok = (o: Outcome) => o.kind === 'value' && (o.value as { ok?: boolean } | null)?.ok === true;
let n = 0;
const email = () => `fuzz-${Date.now()}-${n++}@example.com`;
/** A mobile number no other call uses (one live booking per phone too). */
const phone = () => `600 ${String(n++ % 1_000_000).padStart(6, '0')}`;

/** Every confirmation code of this file: reading it back from the outbox is another test's job. */
const CODE = '424242';
vi.mock('@/lib/server/core/codes', async (original) => ({
  ...(await original<typeof import('@/lib/server/core/codes')>()),
  newConfirmationCode: () => CODE,
}));

/** A live hold of the fixture's time, as the resident's code page sees it. */
async function hold(f: HoldFixture, minutesAgo = 0) {
  const now = new Date(Date.now() - minutesAgo * 60_000);
  const { token } = await requestBooking({
    categoryId: f.category.id,
    matterId: f.matter.id,
    startsAt: f.startsAt,
    details: { email: email(), smsOptIn: false, idApplicationNumber: undefined },
    regulations: { versionId: f.regulations.id, acceptedAt: now },
    now,
  });
  return { token, code: CODE };
}

/** A confirmed booking of the fixture's time: its manage token. */
async function confirmed(f: HoldFixture) {
  const { token } = await hold(f);
  await confirmBooking(token, CODE, new Date());
  return token;
}

/** A confirmed ID-card pickup of the fixture's time, with its application number: its token. */
async function confirmedPickup(f: HoldFixture & Pick<Fixture, 'pickupMatter'>) {
  const { token } = await requestBooking({
    categoryId: f.category.id,
    matterId: f.pickupMatter.id,
    startsAt: f.startsAt,
    details: { email: email(), smsOptIn: false, idApplicationNumber: 'ZAC100200' },
    regulations: { versionId: f.regulations.id, acceptedAt: new Date() },
    now: new Date(),
  });
  await confirmBooking(token, CODE, new Date());
  return token;
}

/** A confirmed booking whose new address waits for its code (CODE), sent `minutesAgo`. */
async function emailChangeWaiting(f: HoldFixture, minutesAgo = 0) {
  const token = await confirmed(f);
  await requestEmailChange(token, email(), new Date(Date.now() - minutesAgo * 60_000));
  return token;
}

const detailsForm = async (f: Fixture): Promise<Form> => ({
  office: f.office.slug,
  category: f.category.slug,
  sprawa: f.pickupMatter.slug,
  czas: f.startsAt.toISOString(),
  email: email(),
  phone: phone(),
  smsOptIn: 'on',
  idApplicationNumber: 'abc123456',
});

const PUBLIC_ACTIONS: Record<string, ActionCase | 'NO_INPUT'> = {
  './rezerwacja/actions.ts#acceptRegulations': {
    valid: async (f) => ({ accepted: 'on', next: `${f.base}?sprawa=${f.pickupMatter.slug}` }),
    succeeded: (o) => o.kind === 'redirect' && o.to.startsWith('/rezerwacja/'),
  },
  './rezerwacja/booking-actions.ts#bookingDetailsAction': {
    valid: async (f) => ({ ...(await detailsForm(f)), step: 'book' }),
    // ok: a `step` other than "book" is the review, which answers with the summary.
    succeeded: (o) => ok(o) || (o.kind === 'redirect' && /^\/wizyta\/[\w-]{43}$/.test(o.to)),
  },
  './wizyta/actions.ts#confirmCodeAction': {
    valid: async (f) => hold(f),
    succeeded: ok,
  },
  './wizyta/actions.ts#resendCodeAction': {
    valid: async (f) => ({ token: (await hold(f, 2)).token }),
    succeeded: ok,
  },
  './wizyta/actions.ts#cancelAction': {
    valid: async (f) => ({ token: (await hold(f)).token }),
    succeeded: ok,
  },
  './wizyta/actions.ts#updatePhoneAction': {
    valid: async (f) => ({ token: (await hold(f)).token, phone: '+48 600 200 300' }),
    succeeded: ok,
  },
  './wizyta/actions.ts#requestEmailChangeAction': {
    valid: async (f) => ({ token: await confirmed(f), email: email() }),
    succeeded: ok,
  },
  './wizyta/actions.ts#resendEmailChangeCodeAction': {
    valid: async (f) => ({ token: await emailChangeWaiting(f, 2) }),
    succeeded: ok,
  },
  './wizyta/actions.ts#confirmEmailChangeAction': {
    valid: async (f) => ({ token: await emailChangeWaiting(f), code: CODE }),
    succeeded: ok,
  },
  './wizyta/actions.ts#updateApplicationNumberAction': {
    valid: async (f) => ({ token: await confirmedPickup(f), idApplicationNumber: 'ZAC100299' }),
    succeeded: ok,
  },
  './wizyta/[token]/zmien/actions.ts#rescheduleAction': {
    valid: async (f) => ({ token: await confirmed(f), startsAt: f.otherTime.toISOString() }),
    // The manage page of the new link (the old one stops working), told what changed.
    succeeded: (o) => o.kind === 'redirect' && /^\/wizyta\/[\w-]{43}\?zmieniono=(dzien|godzina)$/.test(o.to),
  },
  './admin/actions.ts#signInAction': {
    valid: async () => ({ email: 'nikt@test.termin.local', password: 'jakies-haslo-123', next: '/admin' }),
    succeeded: (o) => o.kind === 'redirect',
    bookingTables: false,
  },
  './admin/actions.ts#signOutAction': 'NO_INPUT',
  // A 404 unless the server runs for `npm run bench:rush` (app/bench/bench.int.test.ts).
  './bench/actions.ts#emptyAction': 'NO_INPUT',
  './kiosk/[office]/actions.ts#pairKioskAction': {
    valid: async (f) => ({ office: f.office.slug, code: (await pairingCode(f)).code }),
    succeeded: (o) => o.kind === 'redirect' && /^\/kiosk\/test-[0-9a-f]+$/.test(o.to),
  },
  './kiosk/[office]/actions.ts#issueBookedTicketAction': {
    // A visit starting now: within the code's window, on today's date at any hour.
    valid: async (f) => ({ office: f.office.slug, code: (await createTestBooking(f, new Date())).kioskCode }),
    succeeded: ok,
    cookies: (f) => ({ [KIOSK_COOKIE]: f.kioskToken }),
  },
  './kiosk/[office]/actions.ts#issueWalkInTicketAction': {
    valid: async (f) => ({ office: f.office.slug, categoryId: f.category.id }),
    succeeded: ok,
    cookies: (f) => ({ [KIOSK_COOKIE]: f.kioskToken }),
  },
};

/** A one-time code to pair a ticket machine of the fixture's office, as /admin/biletomat makes it. */
const pairingCode = (f: Pick<Fixture, 'office' | 'admin'>) =>
  createPairingCode(
    { ...f.admin, name: 'Administrator' },
    { officeId: f.office.id, name: 'Biletomat testowy' },
  );
/**
 * The catalogue's actions (administrators only), fuzzed signed in as one: each valid form is made
 * afresh, so that it changes something (an unchanged form is refused) and never runs out of rows.
 */
const CATALOGUE_ACTIONS: Record<string, ActionCase> = {
  './admin/(panel)/katalog/actions.ts#updateOfficeAction': {
    valid: async (f) => ({
      officeId: f.office.id,
      name: `Biuro ${n++}`,
      shortName: 'T',
      address: 'ul. Testowa 1',
      postalCode: '45-000',
      bookingPhone: '77 54 11 361',
    }),
    succeeded: ok,
  },
  './admin/(panel)/katalog/actions.ts#updateCategoryAction': {
    valid: async (f) => ({
      categoryId: f.category.id,
      name: `Kategoria ${n++}`,
      description: 'Opis kategorii',
      ticketPrefix: 'A',
      active: 'on',
    }),
    succeeded: ok,
  },
  './admin/(panel)/katalog/actions.ts#updateMatterAction': {
    valid: async (f) => ({
      matterId: f.matter.id,
      name: `Sprawa ${n++}`,
      peupPath: '/sprawa/testowa',
      requiresApplicationNumber: 'on',
      active: 'on',
      sortOrder: '1',
    }),
    succeeded: ok,
  },
  './admin/(panel)/katalog/actions.ts#createMatterAction': {
    valid: async (f) => ({ categoryId: f.category.id, name: `Nowa sprawa ${n++}`, peupPath: '/nowa' }),
    succeeded: ok,
  },
  './admin/(panel)/katalog/actions.ts#deleteMatterAction': {
    valid: async (f) => ({
      matterId: (
        await prisma.matter.create({
          data: { categoryId: f.category.id, slug: `do-usuniecia-${n++}`, name: 'Do usunięcia' },
        })
      ).id,
    }),
    succeeded: ok,
  },
  './admin/(panel)/katalog/actions.ts#updateWalkInMatterAction': {
    valid: async (f) => ({
      walkInId: (
        await prisma.walkInMatter.create({
          data: {
            officeId: f.office.id,
            slug: `bez-${n++}`,
            name: 'Bez rezerwacji',
            room: 'pokój 1',
            phones: [],
          },
        })
      ).id,
      name: `Bez rezerwacji ${n++}`,
      room: 'pokój nr 5',
      phones: '77 54 11 357, 77 54 11 350',
      active: 'on',
    }),
    succeeded: ok,
  },
  './admin/(panel)/katalog/actions.ts#createWalkInMatterAction': {
    valid: async (f) => ({
      officeId: f.office.id,
      name: `Bez rezerwacji ${n++}`,
      room: 'pokój 1',
      phones: '77 54 11 357',
    }),
    succeeded: ok,
  },
};

/** Text a catalogue edit stored for the fixture's office that no public page should show. */
async function uncleanCatalogue(officeId: string) {
  const rows = await prisma.$queryRaw<{ value: string }[]>`
    SELECT v AS value FROM (
      SELECT unnest(ARRAY[name, "shortName", address, "postalCode", "bookingPhone"]) AS v FROM "Office" WHERE id = ${officeId}::uuid
      UNION ALL SELECT unnest(ARRAY[name, description, "ticketPrefix"]) FROM "ServiceCategory" WHERE "officeId" = ${officeId}::uuid
      UNION ALL SELECT unnest(ARRAY[m.name, m."peupPath"]) FROM "Matter" m JOIN "ServiceCategory" c ON c.id = m."categoryId" WHERE c."officeId" = ${officeId}::uuid
      UNION ALL SELECT unnest(ARRAY[name, room] || phones) FROM "WalkInMatter" WHERE "officeId" = ${officeId}::uuid
    ) t WHERE v ~ '[[:cntrl:]]' OR length(v) > 500`;
  const paths = await prisma.matter.findMany({
    where: { category: { officeId }, peupPath: { not: null } },
    select: { peupPath: true },
  });
  return [
    ...rows.map((r) => r.value.slice(0, 40)),
    ...paths.map((p) => p.peupPath!).filter((p) => !PEUP_PATH.test(p)),
  ];
}

/** The details step without "Zarezerwuj" (the same action, told apart by `step`). */
const REVIEW: ActionCase = { valid: detailsForm, succeeded: ok };

/** Files of 'use server' modules: whatever their name, they are public endpoints. */
const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts']);
const actionFiles = Object.keys(sources).filter((f) => /^\s*['"]use server['"]/.test(sources[f]!));

async function discoverActions() {
  const out: { key: string; fn: Action }[] = [];
  for (const file of actionFiles)
    for (const [name, fn] of Object.entries(await modules[file]!()))
      if (typeof fn === 'function') out.push({ key: `${file}#${name}`, fn: fn as Action });
  return out;
}

/** Staff actions are classified and refused without a session in app/admin/access.int.test.ts. */
const isStaffAction = (key: string) => key.startsWith('./admin/') && !(key in PUBLIC_ACTIONS);
/** The catalogue's actions are fuzzed too (CATALOGUE_ACTIONS), so a new one must be listed there. */
const isCatalogueAction = (key: string) => key.startsWith('./admin/(panel)/katalog/');

function formOf(fields: Form, change?: (fd: FormData) => void): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  change?.(fd);
  return fd;
}

/** Each field replaced by each nasty value, then doubled, sent as a file and left out. */
function variants(fields: Form): [string, (fd: FormData) => void][] {
  const out: [string, (fd: FormData) => void][] = [];
  for (const key of Object.keys(fields)) {
    for (const [name, value] of NASTY_STRINGS) out.push([`${key} = ${name}`, (fd) => fd.set(key, value)]);
    out.push([
      `${key} twice, odd one first`,
      (fd) => {
        const value = fd.get(key)!;
        fd.set(key, '\u0000');
        fd.append(key, value);
      },
    ]);
    out.push([`${key} twice, odd one last`, (fd) => fd.append(key, 'x'.repeat(5_000))]);
    out.push([`${key} as a file`, (fd) => fd.set(key, new File(['\u0000'], 'x.bin'))]);
    out.push([`${key} missing`, (fd) => fd.delete(key)]);
  }
  return out;
}

/** What a crafted client can pass instead of a form: a server action takes any serialisable value. */
const NOT_FORMS: [string, unknown][] = [
  ['a number', 42],
  ['a string', 'email=a@b.pl'],
  ['an array', [['email', 'a@b.pl']]],
  ['an object', { email: 'a@b.pl' }],
  ['null', null],
  ['nothing', undefined],
];

let errors: MockInstance<typeof console.error>;
async function setUp() {
  const t = await createTestCategory({
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    opensAt: 0,
    closesAt: 24 * 60,
    slotMinutes: 60,
    counters: 2_000,
  });
  const regulations = await getCurrentRegulations().catch(() =>
    prisma.regulationsVersion.create({ data: { version: 1, title: 'Regulamin', body: '…' } }),
  );
  // A day ahead: the time stays bookable however long the run takes.
  const next = await findNextFreeTime(t.category.id, new Date(Date.now() + 24 * 3_600_000));
  const startsAt = next!.startsAt;
  const day = localDateOf(startsAt);
  const fixture = {
    ...t,
    regulations,
    startsAt,
    day,
    month: day.slice(0, 7),
    base: `/rezerwacja/${t.office.slug}/${t.category.slug}`,
    clerk: await createTestStaff('CLERK', t.office.id),
    admin: await createTestStaff('ADMIN'),
    token: '',
    kioskToken: '',
    // The next time after the fixture's: where a reschedule goes.
    otherTime: (await findNextFreeTime(t.category.id, new Date(startsAt.getTime() + 1)))!.startsAt,
    confirmedToken: '',
    liveToken: '',
  };
  fixture.token = (await hold(fixture)).token;
  fixture.confirmedToken = await confirmed(fixture);
  // A ticket of today in another office's queue (its numbers stay clear of the kiosk's): its live
  // link streams for real.
  const ticket = await createTestTicket(await createTestCategory(), { issuedAt: new Date() });
  fixture.liveToken = liveTicketToken(ticket.id, localDateOf(new Date()));
  // A paired ticket machine; walk-in tickets until midnight (the category is open all day).
  await prisma.serviceCategory.update({
    where: { id: t.category.id },
    data: { walkInEnabled: true, walkInStopMin: 0 },
  });
  const { code } = await pairingCode(fixture);
  fixture.kioskToken = (await pairDevice({ officeSlug: t.office.slug, code, clientKey: 'fuzz' })).token;
  return fixture;
}

/** A fresh acceptance of the current regulations (another test may publish a new version). */
async function accept() {
  const current = await getCurrentRegulations();
  jar.cookies.clear();
  jar.cookies.set(ACCEPTANCE_COOKIE, encodeAcceptance(current.version, new Date()));
}

/**
 * A sweep sends hundreds of requests one after another: a minute or so on a quiet machine, several
 * on a shared, loaded one. Only a hang should fail it.
 */
const SWEEP_TIMEOUT_MS = 400_000;

/** Every case runs; the test fails at the end with the list of those that went wrong. */
const problems: string[] = [];
function collect(context: string, check: () => void) {
  try {
    check();
  } catch (e) {
    problems.push(
      `${context}: ${String((e as Error).message)
        .split('\n')[0]!
        .slice(0, 300)}`,
    );
  }
}
const expectNoProblems = () => expect(problems.splice(0)).toEqual([]);

function expectNoUnexpectedError(o: Outcome, context: string) {
  if (o.kind === 'thrown') expect.fail(`${context}: threw ${String((o.error as Error)?.stack ?? o.error)}`);
  expect(errors, `${context}: logged an error`).not.toHaveBeenCalled();
}

type Call = [string, () => Promise<unknown>];
const nasty = NASTY_STRINGS.map(([, v]) => v);
const url = (path: string, q: Record<string, string> = {}) =>
  `http://localhost:3000${path}${Object.keys(q).length ? `?${new URLSearchParams(q)}` : ''}`;

type StreamGet = (r: Request, c: { params: Promise<object> }) => Promise<Response>;

/**
 * A browser opening an event stream: the answer, and for a stream its first event read before the
 * browser leaves (so a state is really loaded and sent with the crafted parameter).
 */
function openStream(GET: StreamGet, path: string, params: Record<string, string>): Call {
  return [
    `GET ${JSON.stringify(params).slice(0, 60)}`,
    async () => {
      const leave = new AbortController();
      const res = await GET(new Request(url(path), { signal: leave.signal }), {
        params: Promise.resolve(params),
      });
      if (res.status === 200 && res.body) {
        const reader = res.body.getReader();
        let text = '';
        const deadline = Date.now() + 5_000;
        while (!/^event: /m.test(text) && Date.now() < deadline) {
          const { done, value } = await reader.read();
          if (done) break;
          text += new TextDecoder().decode(value);
        }
        expect(text, `${path} ${JSON.stringify(params).slice(0, 60)}`).toMatch(/^event: (state|gone)$/m);
        leave.abort();
        await reader.cancel();
      }
      return res;
    },
  ];
}

/** Errors next-auth logs although the client caused them; it answers them with a 4xx. */
const CLIENT_ERRORS = new Set(['UnknownAction', 'MissingCSRF', 'CredentialsSignin']);

/** Each route file, and the requests it is sent (every exported method must be among them). */
const ROUTES: Record<string, (m: Record<string, unknown>, f: Fixture) => Call[]> = {
  './api/health/route.ts': (m) => [['GET', () => (m.GET as () => Promise<Response>)()]],
  './api/health/live/route.ts': (m) => [['GET', () => (m.GET as () => Promise<Response>)()]],
  // The queue's event streams, opened for real: an unknown office or a forged link is a 404; a
  // known one streams its state (read, then the browser leaves).
  './display/[office]/events/route.ts': (m, f) => {
    const GET = m.GET as StreamGet;
    return [f.office.slug, ...nasty].map((office) => openStream(GET, '/display/x/events', { office }));
  },
  './bilet/[token]/events/route.ts': (m, f) => {
    const GET = m.GET as StreamGet;
    return [f.liveToken, f.token, ...nasty].map((token) => openStream(GET, '/bilet/x/events', { token }));
  },
  // "Dodaj do kalendarza": a token of the right shape that names nothing, and crafted ones: a 404.
  './wizyta/[token]/kalendarz/route.ts': (m) => {
    const GET = m.GET as (r: Request, c: { params: Promise<object> }) => Promise<Response>;
    return [crypto.randomBytes(32).toString('base64url'), ...nasty].map((token): Call => [
      `GET ${JSON.stringify(token).slice(0, 80)}`,
      () => GET(new Request(url('/wizyta/x/kalendarz')), { params: Promise.resolve({ token }) }),
    ]);
  },
  './api/v1/categories/[office]/[category]/next-free/route.ts': (m, f) => {
    const GET = m.GET as (r: Request, c: { params: Promise<object> }) => Promise<Response>;
    const call = (office: string, category: string): Call => [
      `GET ${JSON.stringify([office, category]).slice(0, 80)}`,
      () => GET(new Request(url('/api/v1/next-free')), { params: Promise.resolve({ office, category }) }),
    ];
    return [
      ...nasty.map((v) => call(v, f.category.slug)),
      ...nasty.map((v) => call(f.office.slug, v)),
      ...nasty.map((v) => call(v, v)),
    ];
  },
  './api/auth/[...nextauth]/route.ts': (m) => {
    const GET = m.GET as (r: NextRequest) => Promise<Response>;
    const POST = m.POST as (r: NextRequest) => Promise<Response>;
    const get = (path: string, q?: Record<string, string>): Call => [
      `GET ${path.slice(0, 60)} ${JSON.stringify(q ?? {}).slice(0, 60)}`,
      () => GET(new NextRequest(url(path, q))),
    ];
    /** A sign-in as the sign-in page's form would post it, with a real CSRF token. */
    const signIn = (fields: Record<string, string>): Call => [
      `POST credentials ${JSON.stringify(fields).slice(0, 80)}`,
      async () => {
        const csrf = await GET(new NextRequest(url('/api/auth/csrf')));
        const { csrfToken } = (await csrf.json()) as { csrfToken: string };
        const cookie = csrf.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ');
        return POST(
          new NextRequest(url('/api/auth/callback/credentials'), {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
            body: new URLSearchParams({ csrfToken, ...fields }),
          }),
        );
      },
    ];
    return [
      ...['session', 'providers', 'csrf', 'signin', 'signout', 'error', 'callback/credentials'].map((a) =>
        get(`/api/auth/${a}`),
      ),
      ...nasty.map((v) => get(`/api/auth/${encodeURIComponent(v.toWellFormed())}`)),
      ...nasty.map((v) => get(`/api/auth/callback/${encodeURIComponent(v.toWellFormed())}`)),
      ...nasty.map((v) => get(`/api/auth/signin/${encodeURIComponent(v.toWellFormed())}`)),
      ...nasty.map((v): Call => [
        `POST callback/${JSON.stringify(v).slice(0, 40)}`,
        () =>
          POST(
            new NextRequest(url(`/api/auth/callback/${encodeURIComponent(v.toWellFormed())}`), {
              method: 'POST',
            }),
          ),
      ]),
      ...nasty.map((v): Call => [
        `GET session with callback cookie ${JSON.stringify(v).slice(0, 40)}`,
        () =>
          GET(
            new NextRequest(url('/api/auth/session'), {
              headers: { cookie: `authjs.callback-url=${encodeURIComponent(v.toWellFormed())}` },
            }),
          ),
      ]),
      ...nasty.map((v) => get('/api/auth/error', { error: v })),
      ...nasty.map((v) => get('/api/auth/signin', { callbackUrl: v })),
      ...nasty.map((v) => signIn({ email: v, password: 'jakies-haslo-123' })),
      ...nasty.map((v) => signIn({ email: 'nikt@test.termin.local', password: v })),
      ...nasty.map((v) => signIn({ email: 'nikt@test.termin.local', password: 'x', callbackUrl: v })),
      signIn({}),
      [
        'POST credentials without a CSRF token',
        () =>
          POST(
            new NextRequest(url('/api/auth/callback/credentials'), {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: 'email=a%00b&password=x',
            }),
          ),
      ],
      [
        'POST a JSON body',
        () =>
          POST(
            new NextRequest(url('/api/auth/callback/credentials'), {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{"email":["a"],"password":{"$gt":""}}',
            }),
          ),
      ],
    ];
  },
  // Staff only (the session is checked in the handler); sent with a clerk's session.
  './admin/eksport/route.ts': (m, f) => {
    const GET = m.GET as (r: Request) => Promise<Response>;
    const valid = { biuro: f.office.slug, od: '2026-12-01', do: '2026-12-31', rodzaj: 'kolejka' };
    return Object.keys(valid).flatMap((k) =>
      nasty.map((v): Call => [
        `GET ${k} = ${JSON.stringify(v).slice(0, 40)}`,
        async () => {
          session.current = sessionOf(f.clerk);
          return GET(new Request(url('/admin/eksport', { ...valid, [k]: v })));
        },
      ]),
    );
  },
};
const routeModules = import.meta.glob<Record<string, unknown>>('./**/route.ts');

type PageProps = { params: Promise<Form>; searchParams: Promise<Record<string, string | string[]>> };
type PageModule = {
  default: (p: PageProps) => unknown;
  generateMetadata?: (p: PageProps) => Promise<unknown>;
};
type PageCase = {
  params: (f: Fixture) => Form;
  searchParams: (f: Fixture) => Form;
  /** Whether the resident has accepted the regulations (the pages of the flow try both). */
  cookies?: 'both';
  /** Other cookies the browser sends (the ticket machine's device cookie); pages try with and without. */
  jar?: (f: Fixture) => Form;
};

/** Public pages and what they read from the URL. Staff pages are access.int.test.ts's. */
const PAGES: Record<string, PageCase> = {
  './page.tsx': { params: () => ({}), searchParams: () => ({}) },
  './dev/mailbox/page.tsx': { params: () => ({}), searchParams: () => ({}) },
  './bench/page.tsx': { params: () => ({}), searchParams: () => ({}) },
  './admin/logowanie/page.tsx': {
    params: () => ({}),
    searchParams: () => ({ next: '/admin/lista', wylogowano: '1', haslo: 'zmienione' }),
  },
  './rezerwacja/[office]/[category]/page.tsx': {
    params: (f) => ({ office: f.office.slug, category: f.category.slug }),
    searchParams: (f) => ({ sprawa: f.pickupMatter.slug, miesiac: f.month, dzien: f.day }),
    cookies: 'both',
  },
  './rezerwacja/[office]/[category]/dane/page.tsx': {
    params: (f) => ({ office: f.office.slug, category: f.category.slug }),
    searchParams: (f) => ({ sprawa: f.pickupMatter.slug, czas: f.startsAt.toISOString() }),
    cookies: 'both',
  },
  './wizyta/[token]/page.tsx': {
    params: (f) => ({ token: f.token }),
    searchParams: () => ({}),
  },
  './kiosk/[office]/page.tsx': {
    params: (f) => ({ office: f.office.slug }),
    searchParams: () => ({ ekran: 'bez-rezerwacji' }),
    jar: (f) => ({ [KIOSK_COOKIE]: f.kioskToken }),
  },
  './wizyta/[token]/zmien/page.tsx': {
    params: (f) => ({ token: f.confirmedToken }),
    searchParams: (f) => ({ miesiac: f.month, dzien: f.day, czas: f.otherTime.toISOString() }),
  },
  './display/[office]/page.tsx': { params: (f) => ({ office: f.office.slug }), searchParams: () => ({}) },
  './bilet/[token]/page.tsx': { params: (f) => ({ token: f.token }), searchParams: () => ({}) },
};
const pageModules = import.meta.glob<PageModule>('./**/page.tsx');
const isStaffPage = (file: string) => file.startsWith('./admin/(panel)/');

/** Every URL value of a page replaced by each nasty one (alone, or first of two), dropped, or added. */
function pageVariants(params: Form, search: Form, only?: Set<string>): [string, PageProps][] {
  const props = (p: Form, q: Record<string, string | string[]>): PageProps => ({
    params: Promise.resolve(p),
    searchParams: Promise.resolve(q),
  });
  const out: [string, PageProps][] = [['as linked', props(params, search)]];
  for (const [name, v] of NASTY_STRINGS.filter(([n]) => !only || only.has(n))) {
    for (const k of Object.keys(params)) out.push([`${k} = ${name}`, props({ ...params, [k]: v }, search)]);
    for (const k of Object.keys(search)) {
      out.push([`?${k} = ${name}`, props(params, { ...search, [k]: v })]);
    }
  }
  // Repeated keys (?czas=…&czas=…) arrive as arrays; an unknown key is ignored.
  for (const [name, v] of NASTY_STRINGS.slice(0, 6))
    for (const k of Object.keys(search))
      out.push([`?${k} = [${name}, …]`, props(params, { ...search, [k]: [v, search[k]!] })]);
  out.push(['unknown ?x', props(params, { ...search, x: '\u0000' })]);
  for (const k of Object.keys(search)) {
    const rest = Object.fromEntries(Object.entries(search).filter(([key]) => key !== k));
    out.push([`?${k} missing`, props(params, rest)]);
  }
  return out;
}

/** A page "renders" when its element renders to HTML (nothing below it is async). */
async function renderPage(page: PageModule, props: PageProps) {
  const element = await page.default(props);
  // prerender waits for what suspends (a client component's lazy parts) instead of refusing it.
  if (isValidElement(element)) {
    const { prelude } = await prerender(createElement(WithIntl, null, element as ReactElement), {
      signal: AbortSignal.timeout(10_000),
      onError: (e) => {
        throw e;
      },
    });
    await new Response(prelude).text();
  }
  await page.generateMetadata?.(props);
  return element;
}

describe('crafted input to public actions, routes and pages', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await setUp();
  });
  afterEach(() => {
    session.current = null;
    jar.cookies.clear();
  });
  afterAll(async () => {
    await queueListener().close();
    await prisma.$disconnect();
  });

  it('classifies every server action', async () => {
    const keys = (await discoverActions()).map((a) => a.key);
    expect(keys.length).toBeGreaterThan(5);
    const unclassified = keys.filter((k) => !isStaffAction(k) && !(k in PUBLIC_ACTIONS));
    expect(unclassified, 'classify these in PUBLIC_ACTIONS').toEqual([]);
    for (const k of Object.keys(PUBLIC_ACTIONS)) expect(keys, 'a listed action is gone').toContain(k);
    expect(keys.filter(isCatalogueAction).sort(), 'classify these in CATALOGUE_ACTIONS').toEqual(
      Object.keys(CATALOGUE_ACTIONS).sort(),
    );
  });

  async function fuzzAction(key: string, fn: Action, c: ActionCase) {
    let successes = 0;
    // A refusal changes nothing (that is asserted), so the valid form, and any hold it needs,
    // serves until a call succeeds; it is made before the "before" snapshot.
    let valid = await c.valid(f);
    const cases: [string, (valid: Form) => unknown][] = [
      ...variants(valid).map(([name, change]): [string, (valid: Form) => unknown] => [
        name,
        (v) => formOf(v, change),
      ]),
      ...NOT_FORMS.map(([name, value]): [string, () => unknown] => [
        `instead of a form: ${name}`,
        () => value,
      ]),
    ];
    for (const [name, argument] of cases) {
      const context = `${key}: ${name}`;
      await accept();
      for (const [k, v] of Object.entries(c.cookies?.(f) ?? {})) jar.cookies.set(k, v);
      const arg = argument(valid);
      errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const before = await bookingTables(f.category.id);
      const o = await outcomeOf(() => fn(null, arg));
      const after = await bookingTables(f.category.id);
      const succeeded = c.succeeded(o);
      const unclean = succeeded ? await uncleanBookings(f.category.id, APPLICATION_NUMBER) : [];
      collect(context, () => {
        expectNoUnexpectedError(o, context);
        if (succeeded) {
          successes++;
          expect(unclean, `${context}: stored unnormalised data`).toEqual([]);
        } else {
          if (o.kind === 'value') expectPolishRefusal(o.value, context);
          else if (o.kind === 'redirect') expect(o.to, context).not.toMatch(/error|blad/i);
          if (c.bookingTables !== false) expect(after, `${context}: a refusal changed data`).toEqual(before);
        }
      });
      errors.mockRestore();
      if (succeeded || JSON.stringify(after) !== JSON.stringify(before)) valid = await c.valid(f);
    }
    return successes;
  }

  it(
    'answers every public action with a Polish refusal or a clean success, whatever the fields',
    { timeout: 240_000 },
    async () => {
      const actions = await discoverActions();
      for (const { key, fn } of actions) {
        const c = PUBLIC_ACTIONS[key];
        if (!c) continue;
        if (c === 'NO_INPUT') {
          for (const [name, value] of [...NOT_FORMS, ['a form', formOf({ x: '\u0000' })] as const]) {
            errors = vi.spyOn(console, 'error').mockImplementation(() => {});
            const o = await outcomeOf(() => fn(null, value));
            collect(`${key}: ${name}`, () => expectNoUnexpectedError(o, `${key}: ${name}`));
            errors.mockRestore();
          }
          continue;
        }
        const successes = await fuzzAction(key, fn, c);
        // The table is not all refusals: benign changes (an empty phone, a missing checkbox) pass.
        if (c.bookingTables !== false) collect(key, () => expect(successes, key).toBeGreaterThan(0));
      }
      const booking = actions.find((a) => a.key === './rezerwacja/booking-actions.ts#bookingDetailsAction')!;
      await fuzzAction(`${booking.key} (review step)`, booking.fn, REVIEW);
      expectNoProblems();
    },
  );

  it('classifies every route handler and every public page', () => {
    expect(Object.keys(routeModules).sort()).toEqual(Object.keys(ROUTES).sort());
    const pages = Object.keys(pageModules).filter((p) => !isStaffPage(p));
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.sort()).toEqual(Object.keys(PAGES).sort());
  });

  it(
    'answers every route handler with a 4xx (or a redirect), never a 5xx or a throw',
    { timeout: SWEEP_TIMEOUT_MS },
    async () => {
      for (const [file, requests] of Object.entries(ROUTES)) {
        const m = await routeModules[file]!();
        const calls = requests(m, f);
        const methods = Object.keys(m).filter((k) => /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(k));
        for (const method of methods)
          expect(
            calls.some(([name]) => name.startsWith(method)),
            `${file} ${method} is sent nothing`,
          ).toBe(true);
        for (const [name, call] of calls) {
          const context = `${file}: ${name}`;
          errors = vi.spyOn(console, 'error').mockImplementation(() => {});
          const before = await bookingTables(f.category.id);
          const o = await outcomeOf(call);
          const after = await bookingTables(f.category.id);
          // next-auth logs a client's mistakes (an unknown action, no CSRF token) and answers 4xx.
          const logged = errors.mock.calls.filter(
            (c: unknown[]) => !CLIENT_ERRORS.has((c[1] as { type?: string })?.type ?? ''),
          );
          errors.mockClear();
          for (const c of logged) console.error(...c);
          collect(context, () => {
            expectNoUnexpectedError(o, context);
            if (o.kind === 'value') {
              expect(o.value, context).toBeInstanceOf(Response);
              expect((o.value as Response).status, context).toBeLessThan(500);
              const location = (o.value as Response).headers.get('location') ?? '';
              expect(location, context).not.toMatch(/error=Configuration/);
            }
            expect(after, `${context}: changed data`).toEqual(before);
          });
          errors.mockRestore();
          session.current = null;
        }
      }
      expectNoProblems();
    },
  );

  it(
    'renders every public page, or sends it to notFound()/redirect, whatever the URL says',
    { timeout: SWEEP_TIMEOUT_MS },
    async () => {
      for (const [file, c] of Object.entries(PAGES)) {
        const page = await pageModules[file]!();
        const runs = [
          ...(c.cookies === 'both' ? [{ accepted: true, more: false }] : []),
          { accepted: false, more: false },
          ...(c.jar ? [{ accepted: false, more: true }] : []),
        ];
        for (const { accepted, more } of runs) {
          for (const [name, props] of pageVariants(c.params(f), c.searchParams(f))) {
            const context = `${file}${accepted ? ' (regulations accepted)' : ''}${more ? ' (with its cookies)' : ''}: ${name}`;
            if (accepted) await accept();
            else jar.cookies.clear();
            if (more) for (const [k, v] of Object.entries(c.jar!(f))) jar.cookies.set(k, v);
            errors = vi.spyOn(console, 'error').mockImplementation(() => {});
            const o = await outcomeOf(() => renderPage(page, props));
            collect(context, () => expectNoUnexpectedError(o, context));
            errors.mockRestore();
          }
        }
      }
      expectNoProblems();
    },
  );

  it(
    'renders every staff page for an administrator, whatever the URL says',
    { timeout: SWEEP_TIMEOUT_MS },
    async () => {
      // A shorter table: these pages are the access test's, and each render costs several queries.
      const few = new Set([
        'huge',
        'NUL byte',
        'lone high surrogate',
        'expanded year',
        'two-digit year',
        'month 13',
        'malformed UUID',
        'JSON array',
      ]);
      const admin = await createTestStaff('ADMIN');
      const files = Object.keys(pageModules).filter(isStaffPage);
      expect(files.length).toBeGreaterThan(5);
      const search = {
        biuro: f.office.slug,
        kategoria: f.category.slug,
        sprawa: f.pickupMatter.slug,
        miesiac: f.month,
        dzien: f.day,
        czas: f.startsAt.toISOString(),
        data: f.day,
        szukaj: 'Kowalski',
        kolejkaOd: f.day,
        kolejkaDo: f.day,
      };
      for (const file of files) {
        const page = await pageModules[file]!();
        const params: Form = file.includes('[id]') ? { id: crypto.randomUUID() } : {};
        for (const [name, props] of pageVariants(params, search, few)) {
          const context = `${file}: ${name}`;
          session.current = sessionOf(admin);
          errors = vi.spyOn(console, 'error').mockImplementation(() => {});
          const o = await outcomeOf(() => renderPage(page, props));
          collect(context, () => expectNoUnexpectedError(o, context));
          errors.mockRestore();
        }
      }
      expectNoProblems();
    },
  );

  it(
    'answers every catalogue action, as an administrator, with a Polish refusal or a clean success',
    { timeout: 300_000 },
    async () => {
      const admin = await createTestStaff('ADMIN');
      for (const { key, fn } of await discoverActions()) {
        const c = CATALOGUE_ACTIONS[key];
        if (!c) continue;
        const signedIn: Action = (prev, form) => {
          session.current = sessionOf(admin);
          return fn(prev, form);
        };
        const successes = await fuzzAction(key, signedIn, { ...c, bookingTables: false });
        collect(key, () => expect(successes, key).toBeGreaterThan(0));
      }
      const unclean = await uncleanCatalogue(f.office.id);
      collect('catalogue rows', () => expect(unclean, 'stored unclean catalogue text').toEqual([]));
      // The fixture's category and matters serve the tests below as they were.
      await prisma.serviceCategory.update({ where: { id: f.category.id }, data: { active: true } });
      await prisma.matter.updateMany({
        where: { id: { in: [f.matter.id, f.pickupMatter.id] } },
        data: { active: true },
      });
      expectNoProblems();
    },
  );

  it('reads a forged acceptance cookie as no acceptance (also multi-byte signatures)', async () => {
    const page = await pageModules['./rezerwacja/[office]/[category]/page.tsx']!();
    await accept();
    for (const [name, value] of nastyCookies(jar.cookies.get(ACCEPTANCE_COOKIE)!)) {
      jar.cookies.set(ACCEPTANCE_COOKIE, value);
      const props = {
        params: Promise.resolve({ office: f.office.slug, category: f.category.slug }),
        searchParams: Promise.resolve({}),
      };
      const o = await outcomeOf(() => renderPage(page, props));
      collect(`cookie: ${name}`, () => {
        expect(o.kind, `cookie: ${name}`).toBe('value');
        // Not accepted: the regulations are shown to accept.
        if (o.kind === 'value')
          expect(renderToString(createElement(WithIntl, null, o.value as ReactElement))).toContain(
            'Akceptuję Regulamin',
          );
      });
    }
    expectNoProblems();
  });

  it('sends the details page with a time out of range back to the choice of time', async () => {
    const page = await pageModules['./rezerwacja/[office]/[category]/dane/page.tsx']!();
    await accept();
    for (const czas of ['0099-01-01T00:00:00Z', '+010000-01-01T00:00:00Z']) {
      const props = {
        params: Promise.resolve({ office: f.office.slug, category: f.category.slug }),
        searchParams: Promise.resolve({ sprawa: f.pickupMatter.slug, czas }),
      };
      expect(await outcomeOf(() => renderPage(page, props))).toEqual({
        kind: 'redirect',
        to: `${f.base}?sprawa=${f.pickupMatter.slug}`,
      });
    }
  });

  it('answers an unknown or expired live-ticket link with 404 and its own page', async () => {
    const page = await pageModules['./bilet/[token]/page.tsx']!();
    for (const token of ['A'.repeat(46), f.token]) {
      const props = { params: Promise.resolve({ token }), searchParams: Promise.resolve({}) };
      expect(await outcomeOf(() => renderPage(page, props)), token).toEqual({ kind: 'not-found' });
    }
    const { default: TicketGone } = await import('./bilet/[token]/not-found');
    const html = renderToString(createElement(WithIntl, null, await TicketGone()));
    expect(html).toContain('Bilet nieaktualny');
    expect(html).toContain('Link działa tylko w dniu wydania biletu.');
  });
});
