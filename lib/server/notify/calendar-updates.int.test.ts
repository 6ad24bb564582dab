import ICAL from 'ical.js';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getConfig } from '@/lib/server/core/config';
import { prisma } from '@/lib/server/core/db';
import { cancelBookingByToken } from '@/lib/server/booking/cancel-booking';
import { cancelVisitForResident } from '@/lib/server/booking/cancel-visit-for-resident';
import { queueConfirmation } from '@/lib/server/booking/confirm-booking';
import { moveVisit } from '@/lib/server/booking/move-visit';
import { rescheduleBooking } from '@/lib/server/booking/reschedule-booking';
import type { Staff } from '@/lib/server/staff/guard';
import { NOW, at, createConfirmedVisit } from '@/lib/testing/changes';
import { createTestCategory } from '@/lib/testing/fixtures';
import { dropOwnDatabase } from '@/lib/testing/own-database';
import { createTestStaff } from '@/lib/testing/staff';
import { type MailTransport, type OutgoingEmail, sendEmail } from './mailer';
import { addressOf } from './messages/visit-calendar';
import { deliverDueMessages } from './outbox-worker';
import { queueReminders } from './queue-reminders';

// Every .ics Termin sends, read back by a calendar library (docs/decisions/037). The reminder job
// and the worker deliver every due message: a database of its own keeps other files' out.
vi.mock('@/lib/server/core/db', async () =>
  (await import('@/lib/testing/own-database')).ownDatabase('calendar_updates'),
);

afterAll(async () => {
  await dropOwnDatabase();
});

let sent: OutgoingEmail[] = [];
const transport = {
  sendMail: async (m: OutgoingEmail) => {
    sent.push(m);
    return {};
  },
} as unknown as MailTransport;

beforeEach(() => {
  sent = [];
});

let clock = NOW.getTime();
/** Delivers what is due, as the worker does, a moment later each time. */
async function deliver() {
  const now = new Date((clock += 1000));
  await prisma.outboxMessage.updateMany({ where: { status: 'PENDING' }, data: { nextAttemptAt: now } });
  await deliverDueMessages({
    now,
    batchSize: 50,
    transport,
    mailFrom: 'Termin <rezerwacje@example.com>',
    sms: null,
    localMode: false,
  });
}

/** The calendar event of the last e-mail to `to`, as a calendar reads it. */
function lastEvent(to: string) {
  const mail = sent.filter((m) => m.to === to).at(-1);
  expect(mail?.icalEvent, `an .ics to ${to}`).toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(mail!.icalEvent!.content));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  const organizer = vevent.getFirstProperty('organizer')!;
  const attendees = event.attendees;
  return {
    partMethod: mail!.icalEvent!.method,
    method: calendar.getFirstPropertyValue('method'),
    status: vevent.getFirstPropertyValue('status'),
    uid: event.uid,
    sequence: event.sequence,
    startsAt: event.startDate.toJSDate(),
    endsAt: event.endDate.toJSDate(),
    organizer: { cn: organizer.getParameter('cn'), address: String(organizer.getFirstValue()).toLowerCase() },
    attendees: attendees.map((a) => ({
      address: String(a.getFirstValue()).toLowerCase(),
      rsvp: a.getParameter('rsvp'),
    })),
  };
}

async function setUp() {
  const t = await createTestCategory({ counters: 1 });
  const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędniczka' };
  return { ...t, clerk };
}

const minutes = (n: number) => n * 60_000;
/** A moment after NOW: each change of a booking is its own (its messages' dedupe keys carry it). */
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('every .ics Termin sends follows one calendar event', () => {
  it('book → reminder → reschedule (same day, another day) → move → cancel: one UID, a rising sequence', async () => {
    const t = await setUp();
    const v = await createConfirmedVisit(t, at(2));
    const email = v.email!;
    const uid = `${v.id}@termin.um.opole.pl`;
    const expected = (method: 'REQUEST' | 'CANCEL', sequence: number, startsAt: Date) => ({
      partMethod: method,
      method,
      status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
      uid,
      sequence,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes(15)),
      organizer: { cn: t.office.name, address: `mailto:${addressOf(getConfig().mailFrom)}` },
      attendees: [{ address: `mailto:${email}`, rsvp: 'FALSE' }],
    });

    await prisma.$transaction((tx) => queueConfirmation(tx, v.id, v.token, NOW));
    await deliver();
    expect(lastEvent(email)).toEqual(expected('REQUEST', 0, at(2)));

    expect(await queueReminders(NOW)).toBeGreaterThanOrEqual(1);
    await deliver();
    expect(sent.at(-1)!.subject).toMatch(/przypomn/i);
    expect(lastEvent(email)).toEqual(expected('REQUEST', 0, at(2))); // the current event, again

    const sameDay = await rescheduleBooking(v.token, at(2, 30), NOW);
    await deliver();
    expect(sameDay.reference).toBe(v.reference);
    expect(lastEvent(email)).toEqual(expected('REQUEST', 1, at(2, 30)));

    const otherDay = await rescheduleBooking(sameDay.token, at(3), later(1));
    await deliver();
    expect(otherDay.reference).not.toBe(v.reference); // a new identifier, the same event
    expect(lastEvent(email)).toEqual(expected('REQUEST', 2, at(3)));

    await moveVisit(t.clerk, { bookingId: v.id, startsAt: at(4), from: at(3) }, later(2));
    await deliver();
    expect(lastEvent(email)).toEqual(expected('REQUEST', 3, at(4)));

    await cancelVisitForResident(t.clerk, { bookingId: v.id, reason: 'wyjazd służbowy' }, later(3));
    await deliver();
    expect(lastEvent(email)).toEqual(expected('CANCEL', 4, at(4)));
    expect(sent.filter((m) => m.to === email)).toHaveLength(6);
  });

  it('the resident’s own cancellation takes the event out of their calendar', async () => {
    const t = await setUp();
    const v = await createConfirmedVisit(t, at(3, 15));
    await cancelBookingByToken(v.token, NOW);
    await deliver();
    expect(lastEvent(v.email!)).toMatchObject({
      method: 'CANCEL',
      status: 'CANCELLED',
      uid: `${v.id}@termin.um.opole.pl`,
      sequence: 1,
      startsAt: at(3, 15),
    });
  });

  it('two quick moves never send the same sequence, whichever is sent first', async () => {
    const t = await setUp();
    const v = await createConfirmedVisit(t, at(2, 45));
    await moveVisit(t.clerk, { bookingId: v.id, startsAt: at(3, 45), from: at(2, 45) }, NOW);
    await moveVisit(t.clerk, { bookingId: v.id, startsAt: at(4, 45), from: at(3, 45) }, later(1));
    await deliver();
    const events = sent
      .filter((m) => m.to === v.email)
      .map(
        (m) =>
          new ICAL.Event(
            new ICAL.Component(ICAL.parse(m.icalEvent!.content)).getFirstSubcomponent('vevent')!,
          ),
      )
      .map((e) => [e.sequence, e.startDate.toJSDate()]);
    expect(events.sort()).toEqual([
      [1, at(3, 45)],
      [2, at(4, 45)],
    ]);
  });

  it('a booking made before keeps the UID its resident’s calendar has, across a move to another day', async () => {
    const t = await setUp();
    const v = await createConfirmedVisit(t, at(2, 15));
    const old = `${v.reference}@termin.um.opole.pl`; // as the migration backfills it
    await prisma.booking.update({ where: { id: v.id }, data: { calendarUid: old } });
    const r = await rescheduleBooking(v.token, at(4, 15), NOW);
    await deliver();
    expect(r.reference).not.toBe(v.reference);
    expect(lastEvent(v.email!)).toMatchObject({ uid: old, sequence: 1, method: 'REQUEST' });
  });

  it('goes out as a text/calendar part with its method and as an attachment', async () => {
    const t = await setUp();
    const v = await createConfirmedVisit(t, at(4, 30));
    await cancelBookingByToken(v.token, NOW);
    await deliver();
    const [mail] = sent.filter((m) => m.to === v.email);
    const captured: string[] = [];
    const real = { sendMail: async (m: object) => captured.push(await raw(m)) } as unknown as MailTransport;
    await sendEmail(real, 'Termin <rezerwacje@example.com>', mail!);
    expect(captured[0]).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=CANCEL/i);
    expect(captured[0]).toMatch(/Content-Type: application\/ics; name=/i);
  });
});

/** The message as nodemailer writes it (a stream transport: nothing leaves the machine). */
async function raw(m: object): Promise<string> {
  const { createTransport } = await import('nodemailer');
  const info = await createTransport({ streamTransport: true, buffer: true }).sendMail(m);
  return (info.message as Buffer).toString('utf8');
}
