import crypto from 'node:crypto';
import { type ReactNode, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { anonymiseBookingOnRequest } from '@/lib/server/retention/anonymise-booking-on-request';
import { newToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { hashToken } from '@/lib/server/core/codes';
import { createTestCategory } from '@/lib/testing/fixtures';
import { WithIntl } from '@/lib/testing/intl';
import { type TestSession, createTestStaff, form, sessionOf } from '@/lib/testing/staff';
import { anonymiseBookingAction } from '../admin/(panel)/lista/actions';
import DayListPage from '../admin/(panel)/lista/page';
import BookingPage from './[token]/page';
import { contentOf } from '@/lib/testing/outbox';
import { GET as calendarFile } from './[token]/kalendarz/route';
import {
  cancelAction,
  confirmEmailChangeAction,
  requestEmailChangeAction,
  updateApplicationNumberAction,
  updatePhoneAction,
} from './actions';

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next/server', () => ({ connection: async () => {} }));
vi.mock('next-intl/server', () => import('@/lib/testing/intl'));
// The per-client limits are rate-limit.int.test.ts's subject; per booking and address stay real.
vi.mock('@/lib/server/core/rate-limit', async (original) => ({
  ...(await original<typeof import('@/lib/server/core/rate-limit')>()),
  enforceRateLimit: async () => {},
}));
const html = (node: ReactNode) => renderToStaticMarkup(createElement(WithIntl, null, node));

afterAll(() => prisma.$disconnect());
afterEach(() => {
  vi.useRealTimers();
  session.current = null;
});

// Wednesday 2 December 2026, 09:00 in Opole.
const visitAt = new Date('2026-12-02T08:00:00Z');
const plus = (d: Date, min: number) => new Date(d.getTime() + min * 60_000);
/** The page and the actions read the clock themselves: it is moved for them. */
const at = (d: Date) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(d);
};

let t: Awaited<ReturnType<typeof createTestCategory>>;
let admin: Staff;
beforeAll(async () => {
  t = await createTestCategory({ requiresApplicationNumber: true });
  admin = { ...(await createTestStaff('ADMIN')), name: 'Administrator' };
});

async function confirmedBooking(startsAt = visitAt) {
  const token = newToken();
  const tag = crypto.randomBytes(4).toString('hex');
  const contact = {
    email: `wizyta-${tag}@example.com`,
    phone: `+4860${String(crypto.randomInt(1_000_000, 9_999_999))}`,
    app: `ZAC${crypto.randomInt(100_000, 999_999)}`,
  };
  const b = await prisma.booking.create({
    data: {
      reference: `T-${tag.toUpperCase()}`,
      kioskCode: String(crypto.randomInt(10_000_000, 99_999_999)),
      officeId: t.office.id,
      categoryId: t.category.id,
      matterId: t.pickupMatter.id,
      startsAt,
      endsAt: plus(startsAt, 15),
      status: 'CONFIRMED',
      confirmedAt: plus(startsAt, -24 * 60),
      manageTokenHash: hashToken(token),
      email: contact.email,
      phone: contact.phone,
      idApplicationNumber: contact.app,
    },
  });
  await prisma.slotClaim.create({ data: { categoryId: t.category.id, startsAt, seat: 1, bookingId: b.id } });
  return { token, booking: b, contact };
}

const page = async (token: string, query: Record<string, string> = {}) =>
  html(await BookingPage({ params: Promise.resolve({ token }), searchParams: Promise.resolve(query) }));

describe('the manage page over the life of a booking', () => {
  it('can change things before the visit, only shows them after it, and says "deleted" once anonymised', async () => {
    const { token, booking, contact } = await confirmedBooking();

    at(plus(visitAt, -60));
    const before = await page(token);
    expect(before).toContain('Wizyta potwierdzona');
    expect(before).toContain('Odwołaj wizytę');
    expect(before).toContain('Zmień numer telefonu');
    expect(before).toContain('Zmień adres e-mail');
    expect(before).toContain('Popraw numer wniosku');

    at(plus(visitAt, 30));
    const after = await page(token);
    expect(after).toContain('Wizyta zakończona');
    expect(after).not.toContain('Odwołaj wizytę');
    expect(after).not.toContain('Zmień numer telefonu');
    expect(after).not.toContain('Zmień adres e-mail');
    expect(after).not.toContain('Popraw numer wniosku');
    expect(after).not.toContain('<form');
    // The right of access: everything stored is still shown, with the day it will go.
    for (const v of [contact.email, contact.phone, contact.app]) expect(after).toContain(v);
    expect(after).toContain('usuniemy środa, 16 grudnia 2026');
    // A page opened before the visit, posted after it: refused, nothing changed.
    expect(await cancelAction(null, form({ token }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Termin wizyty minął'),
    });
    expect(await updatePhoneAction(null, form({ token, phone: '600 700 800' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Termin wizyty minął'),
    });
    for (const [action, fields] of [
      [requestEmailChangeAction, { email: 'nowy@example.com' }],
      [confirmEmailChangeAction, { code: '123456' }],
      [updateApplicationNumberAction, { idApplicationNumber: 'ZAC999999' }],
    ] as const)
      expect(await action(null, form({ token, ...fields }))).toMatchObject({
        ok: false,
        message: expect.stringContaining('Termin wizyty minął'),
      });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: 'CONFIRMED',
      phone: contact.phone,
      email: contact.email,
      idApplicationNumber: contact.app,
    });

    await anonymiseBookingOnRequest(admin, { bookingId: booking.id, reason: 'test' }, plus(visitAt, 40));
    const deleted = await page(token);
    expect(deleted).toContain('Rezerwacja zakończona, dane usunięte');
    expect(deleted).toContain(booking.reference);
    for (const v of [contact.email, contact.phone, contact.app]) expect(deleted).not.toContain(v);
    expect(await cancelAction(null, form({ token }))).toMatchObject({
      ok: false,
      message: 'Ta rezerwacja jest zakończona, a jej dane zostały usunięte.',
    });
  });
});

describe('correcting one’s data on the manage page (decision 039)', () => {
  it('e-mail: a code to the new address, typed on the page, changes it; the page says so', async () => {
    const { token, booking, contact } = await confirmedBooking(plus(visitAt, 15));
    at(plus(visitAt, -24 * 60));
    const fresh = `nowy-${crypto.randomBytes(4).toString('hex')}@example.com`;
    // Typed with spaces and capitals: stored as one normalised address.
    expect(await requestEmailChangeAction(null, form({ token, email: ` ${fresh.toUpperCase()} ` }))).toEqual({
      ok: true,
      message: `Wysłaliśmy kod na adres ${fresh}. Wpisz go poniżej.`,
    });
    const waiting = await page(token);
    expect(waiting).toContain(`Wysłaliśmy kod na adres ${fresh}. Wpisz go do godz. 09:30.`);
    expect(waiting).toContain('Kod z e-maila (6 cyfr)');
    expect(waiting).toContain('Wyślij kod ponownie');

    expect(await confirmEmailChangeAction(null, form({ token, code: '12' }))).toMatchObject({
      ok: false,
      fieldErrors: { code: ['Kod ma 6 cyfr — przepisz go z e-maila lub SMS-a.'] },
    });
    const mail = await prisma.outboxMessage.findFirstOrThrow({
      where: { bookingId: booking.id, template: 'email-change-code' },
    });
    const code = /(\d{6})/.exec((await contentOf(mail)).subject!)![1]!;
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await confirmEmailChangeAction(null, form({ token, code: wrong }))).toMatchObject({
      ok: false,
      fieldErrors: { code: ['Kod jest nieprawidłowy. Pozostało prób: 4.'] },
      values: { code: wrong },
    });
    expect(await confirmEmailChangeAction(null, form({ token, code }))).toEqual({
      ok: true,
      message: `Zmieniono adres e-mail na ${fresh}. Potwierdzenie wizyty wysłaliśmy na nowy adres, a informację o zmianie — na poprzedni.`,
    });
    const changed = await page(token);
    expect(changed).toContain(fresh);
    expect(changed).not.toContain(contact.email);
    expect(changed).not.toContain('Kod z e-maila (6 cyfr)');
  });

  it('every bad input is told on its field, and nothing is saved', async () => {
    const { token, booking, contact } = await confirmedBooking(plus(visitAt, 30));
    at(plus(visitAt, -24 * 60));
    expect(await requestEmailChangeAction(null, form({ token, email: 'jan.kowalski@' }))).toMatchObject({
      ok: false,
      fieldErrors: { email: ['Podaj poprawny adres e-mail, np. jan.kowalski@example.com.'] },
      values: { email: 'jan.kowalski@' },
    });
    expect(await requestEmailChangeAction(null, form({ token, email: contact.email }))).toMatchObject({
      ok: false,
      fieldErrors: { email: ['Ten adres e-mail jest już zapisany w rezerwacji. Podaj nowy adres.'] },
    });
    expect(await updateApplicationNumberAction(null, form({ token, idApplicationNumber: '' }))).toMatchObject(
      {
        ok: false,
        fieldErrors: {
          idApplicationNumber: [
            'Podaj numer wniosku o wydanie dowodu osobistego (pkt 1 potwierdzenia złożenia wniosku).',
          ],
        },
      },
    );
    expect(
      await updateApplicationNumberAction(null, form({ token, idApplicationNumber: 'ab 12' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        idApplicationNumber: [expect.stringContaining('Numer wniosku składa się z 6–30 liter i cyfr')],
      },
      values: { idApplicationNumber: 'ab 12' },
    });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      email: contact.email,
      idApplicationNumber: contact.app,
    });
    // Lower case and spaces around it: saved as the booking form saves it.
    expect(
      await updateApplicationNumberAction(null, form({ token, idApplicationNumber: ' zac123789 ' })),
    ).toEqual({ ok: true, message: 'Zapisano numer wniosku.' });
    expect(await page(token)).toContain('ZAC123789');
  });
});

describe('after "Zmień termin", and "Dodaj do kalendarza"', () => {
  it('the new link’s page says the new time, where the confirmation went and that the old link is dead', async () => {
    const { token, booking, contact } = await confirmedBooking(plus(visitAt, 60));
    at(plus(visitAt, -24 * 60));
    const moved = await page(token, { zmieniono: 'dzien' });
    expect(moved).toContain('Termin wizyty zmieniony na środa, 2 grudnia 2026, 10:00.');
    expect(moved).toMatch(
      new RegExp(`Wizyta w nowym dniu ma nowy identyfikator: <strong[^>]*>${booking.reference}<`),
    );
    expect(moved).toMatch(
      new RegExp(`Potwierdzenie z nowym terminem jest w drodze na adres <strong[^>]*>${contact.email}<`),
    );
    expect(moved).toContain('Poprzedni odnośnik do rezerwacji już nie działa');
    // The same hour's day: the identifier stayed. Opened later, or crafted, it is just the page.
    expect(await page(token, { zmieniono: 'godzina' })).not.toContain('nowy identyfikator');
    for (const query of [{}, { zmieniono: 'cokolwiek' }] as Record<string, string>[])
      expect(await page(token, query)).not.toContain('Termin wizyty zmieniony');
  });

  it('offers the visit’s .ics with its e-mails’ UID and SEQUENCE; a dead token gets a Polish 404', async () => {
    const { token, booking } = await confirmedBooking(plus(visitAt, 120));
    at(plus(visitAt, -24 * 60));
    expect(await page(token)).toContain(`href="/wizyta/${token}/kalendarz"`);
    const get = (tk: string) =>
      calendarFile(new Request(`http://termin.test/wizyta/${tk}/kalendarz`), {
        params: Promise.resolve({ token: tk }),
      });

    await prisma.booking.update({ where: { id: booking.id }, data: { calendarSequence: 2 } });
    const file = await get(token);
    expect(file.status).toBe(200);
    expect(file.headers.get('Content-Type')).toMatch(/^text\/calendar/);
    expect(file.headers.get('Content-Disposition')).toBe('attachment; filename="wizyta.ics"');
    expect(file.headers.get('Cache-Control')).toBe('private, no-store');
    const ics = (await file.text()).replace(/\r?\n[ \t]/g, '');
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain(`UID:${booking.id}@termin.um.opole.pl`);
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('DTSTART:20261202T100000Z');
    expect(ics).not.toContain('ATTENDEE');

    await prisma.booking.update({ where: { id: booking.id }, data: { status: 'CANCELLED' } });
    for (const dead of [token, newToken(), 'krotki']) {
      const answer = await get(dead);
      expect(answer.status).toBe(404);
      const body = await answer.text();
      expect(body).toContain('Nie znaleziono wizyty');
      expect(body).not.toContain(booking.reference);
    }
  });
});

describe('anonymising a booking at the resident’s request', () => {
  it('an administrator erases a past visit’s data; audited, the request’s reference kept without the contact', async () => {
    const { booking, contact } = await confirmedBooking(new Date('2026-11-25T08:00:00Z'));
    const search = async () =>
      html(
        await DayListPage({
          searchParams: Promise.resolve({
            biuro: t.office.slug,
            kategoria: t.category.slug,
            data: '2026-11-25',
            szukaj: booking.reference,
          }),
        }),
      );
    // The form is under the search result, for administrators only.
    session.current = sessionOf(await createTestStaff('CLERK', t.office.id));
    expect(await search()).not.toContain('Usuń dane osobowe');
    session.current = sessionOf(admin);
    expect(await search()).toContain('Usuń dane osobowe (wniosek mieszkańca)');
    const r = await anonymiseBookingAction(
      null,
      form({ bookingId: booking.id, reason: `wniosek z 30.11.2026 przesłany z ${contact.email}` }),
    );
    expect(r).toMatchObject({ ok: true, message: `${booking.reference}: dane osobowe usunięte.` });
    const b = await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(b).toMatchObject({ status: 'CONFIRMED', email: null, phone: null, idApplicationNumber: null });
    expect(await search()).toMatch(/Dane osobowe tej rezerwacji usunięto [^<]+\./);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: booking.id, action: 'booking.anonymised' },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      data: {
        reference: booking.reference,
        cause: 'request',
        reason: 'wniosek z 30.11.2026 przesłany z [usunięto]',
      },
    });
    // Twice: said clearly, nothing more done.
    expect(
      await anonymiseBookingAction(null, form({ bookingId: booking.id, reason: 'ponownie' })),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Dane osobowe tej rezerwacji usunięto już /),
    });
    expect(await anonymiseBookingAction(null, form({ bookingId: booking.id, reason: 'x' }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.stringContaining('co najmniej 5 znaków')] },
    });
  });

  it('a visit still ahead is cancelled and its time freed', async () => {
    const startsAt = new Date('2027-03-03T08:00:00Z');
    const { booking } = await confirmedBooking(startsAt);
    await anonymiseBookingOnRequest(
      admin,
      { bookingId: booking.id, reason: 'wniosek' },
      new Date('2027-03-01T08:00:00Z'),
    );
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'STAFF',
      cancelReason: 'ERASURE_REQUEST',
      cancelNote: null,
      email: null,
    });
    expect(await prisma.slotClaim.count({ where: { bookingId: booking.id } })).toBe(0);
  });

  it('a visit under way keeps its status, but its contact locks (plain e-mail and phone) go', async () => {
    const startsAt = new Date('2027-03-10T08:00:00Z');
    const { booking, contact } = await confirmedBooking(startsAt);
    await prisma.booking.update({ where: { id: booking.id }, data: { status: 'CHECKED_IN' } });
    await prisma.contactLock.createMany({
      data: [
        { categoryId: t.category.id, kind: 'EMAIL', value: contact.email, bookingId: booking.id },
        { categoryId: t.category.id, kind: 'PHONE', value: contact.phone, bookingId: booking.id },
      ],
    });
    await anonymiseBookingOnRequest(admin, { bookingId: booking.id, reason: 'wniosek' }, plus(startsAt, 5));
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: 'CHECKED_IN',
      email: null,
      phone: null,
    });
    expect(await prisma.contactLock.count({ where: { bookingId: booking.id } })).toBe(0);
  });
});
