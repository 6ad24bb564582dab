// The server decides what a matter needs: a form that claims an ID-card pickup needs no
// application number (the hidden field the page once sent) is refused all the same.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findNextFreeTime } from '@/lib/server/schedule/find-next-free-time';
import { prisma } from '@/lib/server/core/db';
import {
  ACCEPTANCE_COOKIE,
  encodeAcceptance,
  getCurrentRegulations,
} from '@/lib/server/notices/get-current-regulations';
import { requestBooking } from '@/lib/server/booking/request-booking';
import { translator } from '@/lib/i18n/translator';
import { createTestCategory } from '@/lib/testing/fixtures';
import { outcomeOf } from '@/lib/testing/fuzz';
import { form } from '@/lib/testing/staff';
import { acceptRegulations } from './actions';
import { bookingDetailsAction } from './booking-actions';

// `script`: the post comes from React's client (the Next-Action header), not a form without JavaScript.
const jar = vi.hoisted(() => ({ acceptance: '', script: false }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => ({ name: 'termin_regulamin', value: jar.acceptance }) }),
  headers: async () =>
    new Headers({ 'x-forwarded-for': '203.0.113.8', ...(jar.script ? { 'next-action': '7f00' } : {}) }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('@/lib/server/core/rate-limit', async (original) => ({
  ...(await original<typeof import('@/lib/server/core/rate-limit')>()),
  enforceRateLimit: async () => {},
}));

afterAll(() => prisma.$disconnect());

describe('the application number of an ID-card pickup', () => {
  let t: Awaited<ReturnType<typeof createTestCategory>>;
  let startsAt: Date;
  let n = 0;
  const post = (fields: Record<string, string | undefined>, matter = t.pickupMatter) =>
    form({
      office: t.office.slug,
      category: t.category.slug,
      sprawa: matter.slug,
      czas: startsAt.toISOString(),
      email: `odbior-${Date.now()}-${n++}@example.com`,
      ...fields,
    });
  const bookings = () => prisma.booking.count({ where: { categoryId: t.category.id } });

  beforeAll(async () => {
    t = await createTestCategory({ weekdays: [1, 2, 3, 4, 5, 6, 7], opensAt: 0, closesAt: 24 * 60 });
    await prisma.matter.update({
      where: { id: t.pickupMatter.id },
      data: { name: 'Odbiór nowego dowodu osobistego', requiresApplicationNumber: true },
    });
    const regulations = await getCurrentRegulations().catch(() =>
      prisma.regulationsVersion.create({ data: { version: 1, title: 'Regulamin', body: '…' } }),
    );
    jar.acceptance = encodeAcceptance(regulations.version, new Date());
    // A day ahead, so the time is still bookable however long the run takes.
    startsAt = (await findNextFreeTime(t.category.id, new Date(Date.now() + 24 * 3_600_000)))!.startsAt;
    expect(ACCEPTANCE_COOKIE).toBe('termin_regulamin');
  });

  it.each([
    ['"Zarezerwuj"', 'book'],
    ['the review of the details', undefined],
  ])('is asked for on %s even when the form says the matter needs none', async (_name, step) => {
    const result = await bookingDetailsAction(null, post({ step, needsApplicationNumber: '0' }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { idApplicationNumber: [translator()('errors.APPLICATION_NUMBER')] },
    });
    expect(await bookings()).toBe(0);
  });

  it('is refused by the use case too, whoever calls it', async () => {
    const regulations = await getCurrentRegulations();
    await expect(
      requestBooking({
        categoryId: t.category.id,
        matterId: t.pickupMatter.id,
        startsAt,
        details: { email: 'bez-numeru@example.com', smsOptIn: false, idApplicationNumber: undefined },
        regulations: { versionId: regulations.id, acceptedAt: new Date() },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: 'APPLICATION_NUMBER', field: 'idApplicationNumber' });
    expect(await bookings()).toBe(0);
  });

  it('is kept when given, and dropped for a matter that needs none whatever the form says', async () => {
    const pickup = await outcomeOf(() =>
      bookingDetailsAction(null, post({ step: 'book', idApplicationNumber: ' abc123456 ' })),
    );
    expect(pickup).toMatchObject({ kind: 'redirect', to: expect.stringMatching(/^\/wizyta\//) });
    const other = await outcomeOf(() =>
      bookingDetailsAction(
        null,
        post({ step: 'book', needsApplicationNumber: '1', idApplicationNumber: 'XYZ999999' }, t.matter),
      ),
    );
    expect(other).toMatchObject({ kind: 'redirect' });
    const stored = await prisma.booking.findMany({
      where: { categoryId: t.category.id },
      select: { matterId: true, idApplicationNumber: true },
    });
    expect(stored).toEqual(
      expect.arrayContaining([
        { matterId: t.pickupMatter.id, idApplicationNumber: 'ABC123456' },
        { matterId: t.matter.id, idApplicationNumber: null },
      ]),
    );
  });
});

/** A free one-seat time (a day ahead), the regulations accepted, and a resident's form for it. */
async function oneSeatTime(step: string | undefined, email: string) {
  const t = await createTestCategory({
    counters: 1,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    opensAt: 0,
    closesAt: 24 * 60,
  });
  jar.acceptance = encodeAcceptance((await getCurrentRegulations()).version, new Date());
  const startsAt = (await findNextFreeTime(t.category.id, new Date(Date.now() + 24 * 3_600_000)))!.startsAt;
  const fields = {
    office: t.office.slug,
    category: t.category.slug,
    sprawa: t.matter.slug,
    czas: startsAt.toISOString(),
    email,
    step,
  };
  return { t, startsAt, fields };
}

describe('a time taken by someone else meanwhile', () => {
  /** A one-seat time, already held by someone else, and the form of a second resident for it. */
  async function takenTime(step: string | undefined) {
    const taken = await oneSeatTime(step, `drugi-${Date.now()}@example.com`);
    const { t, startsAt } = taken;
    const regulations = await getCurrentRegulations();
    await requestBooking({
      categoryId: t.category.id,
      matterId: t.matter.id,
      startsAt,
      details: {
        email: `pierwszy-${Date.now()}@example.com`,
        smsOptIn: false,
        idApplicationNumber: undefined,
      },
      regulations: { versionId: regulations.id, acceptedAt: new Date() },
      now: new Date(),
    });
    return taken;
  }

  it('is said on the review of the details with the typed slotTaken, not with a flag among the echoed values', async () => {
    const { fields } = await takenTime(undefined);
    const state = await bookingDetailsAction(null, form(fields));
    expect(state).toMatchObject({ ok: false, slotTaken: true, message: expect.stringMatching(/zajęty/) });
    // What the resident typed comes back as typed, and nothing else rides along.
    expect(state?.values).toEqual(
      Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    );
  });

  it('sends "Zarezerwuj" back to the day\'s times, the reason as a code the page says', async () => {
    const { t, startsAt, fields } = await takenTime('book');
    const outcome = await outcomeOf(() => bookingDetailsAction(null, form(fields)));
    const date = startsAt.toLocaleDateString('sv', { timeZone: 'Europe/Warsaw' });
    const day = new URLSearchParams({ sprawa: t.matter.slug, miesiac: date.slice(0, 7), dzien: date });
    expect(outcome).toEqual({
      kind: 'redirect',
      to: `/rezerwacja/${t.office.slug}/${t.category.slug}?${day}&komunikat=termin-zajety`,
    });
    expect(await prisma.booking.count({ where: { categoryId: t.category.id } })).toBe(1);
  });

  it('still answers wrong fields with the form and what was typed', async () => {
    const { fields } = await takenTime('book');
    const typed = { ...fields, email: 'to nie adres' };
    const state = await bookingDetailsAction(null, form(typed));
    expect(state).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
    expect(state?.values?.email).toBe('to nie adres');
  });

  it('sends a flow that must restart (regulations no longer accepted) to its start, saying why', async () => {
    const { t, fields } = await takenTime('book');
    jar.acceptance = '';
    const outcome = await outcomeOf(() => bookingDetailsAction(null, form(fields)));
    expect(outcome).toEqual({
      kind: 'redirect',
      to: `/rezerwacja/${t.office.slug}/${t.category.slug}?sprawa=${t.matter.slug}&komunikat=od-nowa`,
    });
  });
});

describe('"Zarezerwuj" posted with JavaScript', () => {
  // The form goes to the page itself (goTo): a redirect would render that page inside the post.
  beforeAll(() => {
    jar.script = true;
  });
  afterAll(() => {
    jar.script = false;
  });

  const freeTime = () => oneSeatTime('book', `js-${Date.now()}@example.com`);

  it("answers a held time with the code page to go to, the summary's values kept", async () => {
    const { t, fields } = await freeTime();
    const state = await bookingDetailsAction(null, form(fields));
    const held = await prisma.booking.findFirstOrThrow({ where: { categoryId: t.category.id } });
    expect(state).toMatchObject({ ok: true, goTo: expect.stringMatching(/^\/wizyta\/[\w-]+$/) });
    expect(state?.values?.email).toBe(fields.email);
    expect(held.status).toBe('HELD');
  });

  it('answers a time taken meanwhile with the day that says so, nothing booked', async () => {
    const { t, startsAt, fields } = await freeTime();
    await bookingDetailsAction(null, form(fields));
    const state = await bookingDetailsAction(
      null,
      form({ ...fields, email: `js-drugi-${Date.now()}@example.com` }),
    );
    const date = startsAt.toLocaleDateString('sv', { timeZone: 'Europe/Warsaw' });
    const day = new URLSearchParams({ sprawa: t.matter.slug, miesiac: date.slice(0, 7), dzien: date });
    expect(state).toMatchObject({
      ok: false,
      goTo: `/rezerwacja/${t.office.slug}/${t.category.slug}?${day}&komunikat=termin-zajety`,
    });
    expect(await prisma.booking.count({ where: { categoryId: t.category.id } })).toBe(1);
  });

  it('answers a flow that must restart with its start, saying why', async () => {
    const { t, fields } = await freeTime();
    jar.acceptance = '';
    const state = await bookingDetailsAction(null, form(fields));
    expect(state).toMatchObject({
      ok: false,
      goTo: `/rezerwacja/${t.office.slug}/${t.category.slug}?sprawa=${t.matter.slug}&komunikat=od-nowa`,
    });
    expect(await prisma.booking.count({ where: { categoryId: t.category.id } })).toBe(0);
  });

  it('still answers wrong fields with the form, and nowhere to go', async () => {
    const { fields } = await freeTime();
    const state = await bookingDetailsAction(null, form({ ...fields, email: 'to nie adres' }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
    expect(state?.goTo).toBeUndefined();
  });
});

describe('the regulations not accepted', () => {
  it('are answered with the sentence to act on, never a sentinel message', async () => {
    const state = await acceptRegulations(null, form({ next: '/rezerwacja/x/y' }));
    const sentence = 'Aby zarezerwować wizytę przez internet, zaznacz „Akceptuję Regulamin”.';
    expect(state).toMatchObject({ ok: false, message: sentence, fieldErrors: { accepted: [sentence] } });
  });
});
