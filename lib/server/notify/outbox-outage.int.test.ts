// Issue 10, point 7: no message silently lost. The SMTP relay goes away for an hour and a half;
// a booking confirmed meanwhile gets its confirmation exactly once when the relay is back, and a
// code whose hold expired during the outage is never sent. The clock is injected; a database of
// its own keeps other test files' messages out of these deliveries.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dropOwnDatabase } from '@/lib/testing/own-database';
import { startSmtpSink, type SmtpSink } from '@/lib/testing/smtp-sink';

vi.mock('@/lib/server/core/db', async () =>
  (await import('@/lib/testing/own-database')).ownDatabase('outage'),
);

const { prisma } = await import('@/lib/server/core/db');
const { requestBooking } = await import('@/lib/server/booking/request-booking');
const { confirmBooking } = await import('@/lib/server/booking/confirm-booking');
const { createMailTransport } = await import('./mailer');
const { deliverDueMessages } = await import('./outbox-worker');
const { createTestCategory } = await import('@/lib/testing/fixtures');
const { findNextFreeTime } = await import('@/lib/server/schedule/find-next-free-time');

afterAll(dropOwnDatabase);

const T0 = new Date(Date.now() + 60_000); // messages are due from their creation on the real clock
const at = (min: number) => new Date(T0.getTime() + min * 60_000);

describe('an SMTP outage', () => {
  it('delivers a confirmation made during it exactly once afterwards, and drops a code whose hold expired', async () => {
    let sink: SmtpSink = await startSmtpSink();
    const port = Number(new URL(sink.url).port);
    const transport = createMailTransport(sink.url);
    const deliver = (now: Date) =>
      deliverDueMessages({
        now,
        batchSize: 10,
        transport,
        mailFrom: 'Termin <rezerwacje@example.com>',
        sms: null,
        localMode: true, // no SMS gateway: SMS rows would wait for the local mailbox
      });
    const t = await createTestCategory({ weekdays: [0, 1, 2, 3, 4, 5, 6], holdMinutes: 60 });
    const regs = await prisma.regulationsVersion.create({
      data: { version: 1, title: 'Regulamin', body: '…' },
    });
    // The planner's next free time a day ahead (public holidays are closed whatever the rules).
    const { startsAt } = (await findNextFreeTime(t.category.id, new Date(T0.getTime() + 24 * 3600_000)))!;
    // Bartek's time is the next free one after Anna's (the same day or, near closing, a later one).
    const { startsAt: laterTime } = (await findNextFreeTime(
      t.category.id,
      new Date(startsAt.getTime() + 1),
    ))!;
    const book = (email: string, seatTime: Date, now: Date) =>
      requestBooking({
        categoryId: t.category.id,
        matterId: t.matter.id,
        startsAt: seatTime,
        details: { email, smsOptIn: false, idApplicationNumber: undefined },
        regulations: { versionId: regs.id, acceptedAt: now },
        now,
      });

    // Before the outage: Anna's code arrives.
    const anna = await book('anna@example.com', startsAt, T0);
    expect(await deliver(at(0))).toMatchObject({ sent: 1 });
    const code = /(\d{6})/.exec(sink.messages[0]!.subject)![1]!;

    await sink.close();
    // During it: Anna confirms; Bartek books, but his code cannot go out.
    await confirmBooking(anna.token, code, at(5));
    const bartek = await book('bartek@example.com', laterTime, at(6));
    for (let min = 6; min <= 90; min += 3) await deliver(at(min));
    const waiting = await prisma.outboxMessage.findMany({
      where: { bookingId: anna.bookingId, status: 'PENDING' },
    });
    expect(waiting.map((m) => m.template)).toEqual(['booking-confirmed']);
    expect(waiting[0]!.attempts).toBeGreaterThan(6); // tried all along, with back-off

    // Bartek's hold (60 min from minute 6) is over before the relay is back: his code is dropped.
    sink = await startSmtpSink({ port });
    for (let min = 91; min <= 6 * 60; min += 7) await deliver(at(min));
    await transport.close();
    await sink.close();

    const to = (email: string, subject: RegExp) =>
      sink.messages.filter((m) => m.to.includes(email) && subject.test(m.subject));
    expect(to('anna@example.com', /Wizyta potwierdzona/)).toHaveLength(1);
    expect(to('bartek@example.com', /Kod/)).toHaveLength(0);
    const codeRow = await prisma.outboxMessage.findFirstOrThrow({ where: { bookingId: bartek.bookingId } });
    expect(codeRow).toMatchObject({
      status: 'FAILED',
      secrets: null,
      lastError: expect.stringMatching(/końcem ważności.*ECONNREFUSED/),
    });
    expect(
      await prisma.outboxMessage.findFirstOrThrow({
        where: { bookingId: anna.bookingId, template: 'booking-confirmed' },
      }),
    ).toMatchObject({ status: 'SENT', secrets: null });
  });
});
