import { renderToStaticMarkup } from 'react-dom/server';
import { type ReactNode, createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newKioskCode, newReference } from '@/lib/server/core/codes';
import { listDayVisits } from '@/lib/server/visits/list-day-visits';
import { listPrintableVisits } from '@/lib/server/visits/list-printable-visits';
import { prisma } from '@/lib/server/core/db';
import { cancelVisitForResident } from '@/lib/server/booking/cancel-visit-for-resident';
import { findBooking, parseLookup } from '@/lib/server/booking/find-booking';
import { setVisitStatus } from '@/lib/server/visits/set-visit-status';
import type { Staff } from '@/lib/server/staff/guard';
import { WithIntl } from '@/lib/testing/intl';
import { createTestCategory } from '@/lib/testing/fixtures';
import { type TestSession, createTestStaff, form, sessionOf } from '@/lib/testing/staff';
import { changeVisitStatusAction, revealContactAction } from './actions';
import PrintPage from './druk/page';
import DayListPage from './page';

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next-intl/server', () => import('@/lib/testing/intl'));
const withWords = (node: ReactNode) => createElement(WithIntl, null, node);

afterAll(() => prisma.$disconnect());

// Wednesday 10 February 2027 (CET: Warsaw = UTC+1).
const day = '2027-02-10';
const at = (iso: string) => new Date(iso);
const listNow = at('2027-02-10T09:30:00Z'); // 10:30 in Opole

type T = Awaited<ReturnType<typeof createTestCategory>>;
let t: T;
let clerk: Staff;
let admin: Staff;
let stranger: Staff;
const seeded: Record<string, { id: string; reference: string; kioskCode: string }> = {};
/** The day's list page of the test category (or another), as the signed-in staff member sees it. */
const renderDayList = async (szukaj: string | undefined, kategoria = t.category.slug) =>
  renderToStaticMarkup(
    withWords(
      await DayListPage({
        searchParams: Promise.resolve({ biuro: undefined, kategoria, data: day, szukaj }),
      }),
    ),
  );
const pii = { email: `lista-${Date.now()}@example.com`, phone: '+48600123987', app: 'ABC123456' };

async function seed(
  name: string,
  startsAt: Date,
  o: {
    status?: 'HELD' | 'CONFIRMED' | 'CHECKED_IN' | 'SERVED' | 'NO_SHOW' | 'CANCELLED' | 'EXPIRED';
    confirmed?: boolean;
    channel?: 'ONLINE' | 'PHONE';
    pickup?: boolean;
    categoryId?: string;
    email?: string;
  } = {},
) {
  const status = o.status ?? 'CONFIRMED';
  const b = await prisma.booking.create({
    data: {
      reference: newReference('T'),
      kioskCode: newKioskCode(),
      officeId: t.office.id,
      categoryId: o.categoryId ?? t.category.id,
      matterId: o.pickup ? t.pickupMatter.id : t.matter.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 15 * 60_000),
      status,
      channel: o.channel ?? 'ONLINE',
      confirmedAt: o.confirmed === false ? null : at('2027-02-01T10:00:00Z'),
      email: o.email ?? `${name}-${Date.now()}@example.com`,
      phone: o.pickup ? pii.phone : null,
      idApplicationNumber: o.pickup ? pii.app : null,
    },
    select: { id: true, reference: true, kioskCode: true },
  });
  if (!['CANCELLED', 'EXPIRED'].includes(status)) {
    const seat =
      (await prisma.slotClaim.count({ where: { categoryId: o.categoryId ?? t.category.id, startsAt } })) + 1;
    await prisma.slotClaim.create({
      data: { categoryId: o.categoryId ?? t.category.id, startsAt, seat, bookingId: b.id },
    });
  }
  seeded[name] = b;
  return b;
}

beforeAll(async () => {
  t = await createTestCategory({ requiresApplicationNumber: true });
  clerk = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędnik' };
  admin = { ...(await createTestStaff('ADMIN')), name: 'Admin' };
  const other = await createTestCategory();
  stranger = { ...(await createTestStaff('CLERK', other.office.id)), name: 'Obcy' };
  const second = await prisma.serviceCategory.create({
    data: { officeId: t.office.id, slug: `druga-${Date.now()}`, name: 'Druga', ticketPrefix: 'B' },
  });
  await seed('pickup', at('2027-02-10T08:00:00Z'), { pickup: true, email: pii.email }); // 09:00
  await seed('phone', at('2027-02-10T08:15:00Z'), { channel: 'PHONE' });
  await seed('noShow', at('2027-02-10T07:00:00Z'), { status: 'NO_SHOW' }); // 08:00
  await seed('resident-cancelled', at('2027-02-10T08:30:00Z'), { status: 'CANCELLED' });
  await seed('late-evening', at('2027-02-10T22:30:00Z')); // 23:30 in Opole, still the 10th
  // Not on the list:
  await seed('held', at('2027-02-10T08:45:00Z'), { status: 'HELD', confirmed: false });
  await seed('expired', at('2027-02-10T09:00:00Z'), { status: 'EXPIRED', confirmed: false });
  await seed('hold-cancelled', at('2027-02-10T09:15:00Z'), { status: 'CANCELLED', confirmed: false });
  await seed('next-day', at('2027-02-10T23:00:00Z')); // 00:00 on the 11th in Opole
  await seed('other-category', at('2027-02-10T08:00:00Z'), { categoryId: second.id });
});

const scope = () => ({ officeId: t.office.id, categoryId: t.category.id, date: day });

describe('the day’s list', () => {
  it('shows the day’s confirmed and later visits with what the desk needs, and counts per status', async () => {
    const { visits, counts } = await listDayVisits(clerk, scope(), listNow);
    expect(visits.map((v) => [v.time, v.reference, v.status, v.channel])).toEqual([
      ['08:00', seeded.noShow!.reference, 'NO_SHOW', 'ONLINE'],
      ['09:00', seeded.pickup!.reference, 'CONFIRMED', 'ONLINE'],
      ['09:15', seeded.phone!.reference, 'CONFIRMED', 'PHONE'],
      ['09:30', seeded['resident-cancelled']!.reference, 'CANCELLED', 'ONLINE'],
      ['23:30', seeded['late-evening']!.reference, 'CONFIRMED', 'ONLINE'],
    ]);
    const pickup = visits[1]!;
    expect(pickup).toMatchObject({
      matter: 'Odbiór dokumentu',
      statusLabel: 'Umówiona',
      applicationNumber: pii.app,
      hasContact: true,
      // 10:30: the 09:00 visit has begun, so a no-show or lateness may be recorded.
      intents: ['check-in', 'served', 'no-show', 'cancel-late'],
      undo: null,
    });
    expect(visits[2]!.applicationNumber).toBeNull();
    expect(visits[4]!.intents).toEqual(['check-in', 'served']); // 23:30 has not begun
    expect(Object.fromEntries(counts.map((c) => [c.status, c.count]))).toEqual({
      CONFIRMED: 3,
      CHECKED_IN: 0,
      SERVED: 0,
      NO_SHOW: 1,
      CANCELLED: 1,
    });
  });

  it('refuses a clerk of another office', async () => {
    await expect(listDayVisits(stranger, scope(), listNow)).rejects.toMatchObject({
      code: 'FORBIDDEN_OFFICE',
    });
    await expect(listPrintableVisits(stranger, scope())).rejects.toMatchObject({ code: 'FORBIDDEN_OFFICE' });
  });
});

describe('the print view', () => {
  it('has only times and identifiers of the visits expected that day', async () => {
    const rows = await listPrintableVisits(clerk, scope());
    expect(rows).toEqual([
      { time: '08:00', reference: seeded.noShow!.reference },
      { time: '09:00', reference: seeded.pickup!.reference },
      { time: '09:15', reference: seeded.phone!.reference },
      { time: '23:30', reference: seeded['late-evening']!.reference },
    ]);
  });

  it('renders the title and no personal data at all', async () => {
    session.current = sessionOf(clerk);
    const html = renderToStaticMarkup(
      withWords(
        await PrintPage({
          searchParams: Promise.resolve({ biuro: t.office.slug, kategoria: t.category.slug, data: day }),
        }),
      ),
    );
    expect(html).toContain(t.office.name);
    expect(html).toContain(t.category.name);
    expect(html).toContain('10 lutego 2027');
    expect(html).toContain('size: A4');
    expect(html).toContain(seeded.pickup!.reference);
    for (const secret of [pii.email, pii.phone, pii.app, seeded.pickup!.kioskCode, 'Odbiór dokumentu'])
      expect(html).not.toContain(secret);
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.\w/); // no e-mail address of anyone
    expect(html).not.toMatch(/\+48\d{9}/); // no phone number of anyone
  });
});

describe('looking up a confirmation at the desk', () => {
  it.each([
    ['W-7K3MQX', { kind: 'reference', value: 'W-7K3MQX' }],
    ['w7k3mqx', { kind: 'reference', value: 'W-7K3MQX' }],
    [' w 7k3 mqx ', { kind: 'reference', value: 'W-7K3MQX' }],
    ['4027 1953', { kind: 'kiosk', value: '40271953' }],
    ['4027-1953', { kind: 'kiosk', value: '40271953' }],
    ['1234567', null],
    ['jan@example.com', null],
  ])('reads %j', (input, expected) => {
    expect(parseLookup(input)).toEqual(expected);
  });

  it('finds by identifier typed any way, and by kiosk code', async () => {
    const b = seeded.pickup!;
    const loose = b.reference.toLowerCase().replace('-', ' ');
    for (const q of [loose, `${b.kioskCode.slice(0, 4)} ${b.kioskCode.slice(4)}`])
      expect(await findBooking(clerk, parseLookup(q)!)).toMatchObject({
        reference: b.reference,
        date: day,
        time: '09:00',
        office: { name: t.office.name },
        category: { name: t.category.name },
        matter: 'Odbiór dokumentu',
        status: 'Umówiona',
        // A confirmed visit found by a search links to its page (cancel or move it).
        confirmed: true,
      });
  });

  it('a clerk finds only their office’s bookings; an administrator any; never an unconfirmed hold', async () => {
    const ref = parseLookup(seeded.pickup!.reference)!;
    expect(await findBooking(stranger, ref)).toBeNull();
    expect(await findBooking(admin, ref)).toMatchObject({ reference: seeded.pickup!.reference });
    expect(await findBooking(admin, parseLookup(seeded.held!.reference)!)).toBeNull();
    expect(await findBooking(admin, parseLookup(seeded['hold-cancelled']!.kioskCode)!)).toBeNull();
  });

  it('the list page shows what was found', async () => {
    session.current = sessionOf(clerk);
    const html = await renderDayList(seeded.phone!.kioskCode);
    expect(html).toContain('Sprawdź potwierdzenie');
    expect(html).toMatch(new RegExp(`<dd>${seeded.phone!.reference}</dd>`));
    expect(html).toContain('telefoniczna');
  });
});

describe('the status action', () => {
  it('records a status as the signed-in clerk, undoes it, and refuses another office’s clerk', async () => {
    // The action reads the real clock: a visit that began an hour ago.
    const b = await seed('action', new Date(Math.floor(Date.now() / 900_000) * 900_000 - 3_600_000));
    const post = (intent: string, expected: string) =>
      changeVisitStatusAction(null, form({ bookingId: b.id, intent, expected }));
    session.current = sessionOf(stranger);
    expect(await post('no-show', 'CONFIRMED')).toMatchObject({
      ok: false,
      message: 'Nie masz dostępu do tego biura.',
    });
    session.current = sessionOf(clerk);
    expect(await post('no-show', 'CONFIRMED')).toMatchObject({
      ok: true,
      message: `${b.reference}: zapisano status „Nieobecność”.`,
    });
    expect(await post('no-show', 'CONFIRMED')).toMatchObject({
      ok: false,
      message: expect.stringContaining('zmienił się'),
    });
    expect(await post('undo', 'NO_SHOW')).toMatchObject({
      ok: true,
      message: `${b.reference}: cofnięto, status „Umówiona”.`,
    });
    const audit = await prisma.auditLog.findMany({ where: { entityId: b.id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['booking.status', clerk.id],
      ['booking.status.undo', clerk.id],
    ]);
    expect(await post('served', 'bzdura')).toMatchObject({
      ok: false,
      fieldErrors: { expected: [expect.any(String)] },
    });
  });
});

describe('showing a contact ("Pokaż kontakt")', () => {
  const contactViews = (bookingId: string) =>
    prisma.auditLog.findMany({
      where: { entityId: bookingId, action: 'booking.contact.view' },
      orderBy: { id: 'asc' },
    });
  const reveal = (bookingId: string, view?: 'show' | 'hide') =>
    revealContactAction(null, form({ bookingId, view }));

  it('the list page carries no contact of anyone, only the button', async () => {
    session.current = sessionOf(clerk);
    const html = await renderDayList(undefined);
    expect(html).toContain(seeded.pickup!.reference);
    expect(html).toContain('Pokaż kontakt');
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain(pii.email);
    expect(html).not.toContain(pii.phone);
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.\w/); // no e-mail address of anyone
    expect(html).not.toMatch(/\+48\d{9}/); // no phone number of anyone
  });

  it('gives the clerk of the office one booking’s contact and writes who looked to the audit log', async () => {
    const b = seeded.pickup!;
    session.current = sessionOf(clerk);
    const before = await contactViews(b.id);
    expect(await reveal(b.id)).toMatchObject({ ok: true, data: { email: pii.email, phone: pii.phone } });
    const after = await contactViews(b.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      actorId: clerk.id,
      actor: clerk.email,
      entity: 'Booking',
      data: { reference: b.reference, shown: ['email', 'phone'] },
    });
    // The audit names the booking, never the contact: it outlives the personal data.
    expect(JSON.stringify(after.at(-1)!.data)).not.toContain(pii.email);

    // Hiding it again needs no data and is not a view.
    expect(await reveal(b.id, 'hide')).toMatchObject({ ok: true, data: null });
    expect(await contactViews(b.id)).toHaveLength(after.length);

    session.current = sessionOf(admin);
    expect(await reveal(b.id)).toMatchObject({ ok: true, data: { email: pii.email } });
    expect((await contactViews(b.id)).at(-1)).toMatchObject({ actorId: admin.id });
  });

  it('refuses another office’s clerk, an unconfirmed hold and a malformed request, with nothing on record', async () => {
    session.current = sessionOf(stranger);
    expect(await reveal(seeded.pickup!.id)).toMatchObject({
      ok: false,
      message: 'Nie masz dostępu do tego biura.',
    });
    expect(await contactViews(seeded.pickup!.id)).not.toContainEqual(
      expect.objectContaining({ actorId: stranger.id }),
    );
    session.current = sessionOf(clerk);
    expect(await reveal(seeded.held!.id)).toMatchObject({
      ok: false,
      message: 'Nie znaleziono tej wizyty. Odśwież listę.',
    });
    expect(await contactViews(seeded.held!.id)).toEqual([]);
    expect(await reveal('nie-uuid')).toMatchObject({ ok: false });
  });
});

describe('a cancellation for lateness', () => {
  it('still reads “Anulowana (spóźnienie)” on the list, its page and a search; one at request “Odwołana”', async () => {
    const late = await prisma.serviceCategory.create({
      data: {
        officeId: t.office.id,
        slug: `spoznienia-${Date.now()}`,
        name: 'Spóźnienia',
        ticketPrefix: 'S',
      },
    });
    const came = await seed('came-late', at('2027-02-10T08:45:00Z'), { categoryId: late.id }); // 09:45
    const asked = await seed('asked', at('2027-02-10T10:00:00Z'), { categoryId: late.id }); // 11:00
    await setVisitStatus(clerk, { bookingId: came.id, intent: 'cancel-late' }, listNow);
    // A clerk's own words, even these, are a note: only the code makes a lateness.
    await cancelVisitForResident(clerk, { bookingId: asked.id, reason: 'spóźnienie' }, listNow);

    const { visits } = await listDayVisits(clerk, { ...scope(), categoryId: late.id }, listNow);
    expect(visits.map((v) => [v.reference, v.status, v.statusLabel])).toEqual([
      [came.reference, 'CANCELLED', 'Anulowana (spóźnienie)'],
      [asked.reference, 'CANCELLED', 'Odwołana'],
    ]);
    expect(await findBooking(clerk, parseLookup(came.reference)!)).toMatchObject({
      status: 'Anulowana (spóźnienie)',
    });
    session.current = sessionOf(clerk);
    const html = await renderDayList(came.kioskCode, late.slug);
    expect(html.match(/Anulowana \(spóźnienie\)/g)).toHaveLength(2); // the row, and the search's answer
  });
});
