// Issue 10, point 1: after a confirmed booking's messages went out, nothing in the database
// reveals the confirmation code or a working manage link. Every table is read, so a copy kept
// anywhere (a log, an audit entry, a new table) fails this test too. A database of its own, so
// that the dump holds only this test's data.
import crypto from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dropOwnDatabase } from '@/lib/testing/own-database';
import { startSmtpSink } from '@/lib/testing/smtp-sink';

vi.mock('@/lib/server/core/db', async () =>
  (await import('@/lib/testing/own-database')).ownDatabase('secrets'),
);

const { prisma } = await import('@/lib/server/core/db');
const { requestBooking } = await import('@/lib/server/booking/request-booking');
const { confirmBooking } = await import('@/lib/server/booking/confirm-booking');
const { createMailTransport } = await import('./mailer');
const { deliverDueMessages } = await import('./outbox-worker');
const { getConfig } = await import('@/lib/server/core/config');
const { createTestCategory } = await import('@/lib/testing/fixtures');
const { findNextFreeTime } = await import('@/lib/server/schedule/find-next-free-time');

afterAll(dropOwnDatabase);

const now = new Date(Date.now() + 60_000); // messages are due from their creation on the real clock
const at = (min: number) => new Date(now.getTime() + min * 60_000);

/** Every row of every table in the database, as text. */
async function dumpEveryTable(): Promise<string> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['Booking', 'OutboxMessage', 'AuditLog']));
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${name}" t`);
    parts.push(`${name}:\n${rows.map((r) => r.row).join('\n')}`);
  }
  return parts.join('\n');
}

describe('secrets at rest', () => {
  it('keeps neither the code nor the manage token once a confirmed booking’s messages are sent', async () => {
    const sink = await startSmtpSink();
    const sentSms: string[] = [];
    const options = {
      batchSize: 10,
      transport: createMailTransport(sink.url),
      mailFrom: 'Termin <rezerwacje@example.com>',
      sms: { send: async (_to: string, text: string) => void sentSms.push(text) },
      localMode: false,
    };
    const t = await createTestCategory();
    const regs = await prisma.regulationsVersion.create({
      data: { version: 1, title: 'Regulamin', body: '…' },
    });
    // The planner's own next free time (it skips weekends and public holidays), a day ahead.
    const { startsAt } = (await findNextFreeTime(t.category.id, new Date(now.getTime() + 24 * 3600_000)))!;

    const { token, bookingId } = await requestBooking({
      categoryId: t.category.id,
      matterId: t.matter.id,
      startsAt,
      details: {
        email: 'jan.nowak@example.com',
        phone: '+48600100200',
        smsOptIn: true,
        idApplicationNumber: undefined,
      },
      regulations: { versionId: regs.id, acceptedAt: now },
      now,
    });
    // While the code waits to be sent, the database holds it only encrypted.
    const waiting = await dumpEveryTable();
    expect(await deliverDueMessages({ ...options, now: at(1) })).toMatchObject({ sent: 2, failed: 0 });
    const codeMail = sink.messages.find((m) => /Kod potwierdzający/.test(m.subject))!;
    const code = /(\d{6})/.exec(codeMail.subject)![1]!;
    expect(sentSms[0]).toContain(code);

    await confirmBooking(token, code, at(2));
    expect(await deliverDueMessages({ ...options, now: at(3) })).toMatchObject({ sent: 2, failed: 0 }); // e-mail and SMS
    options.transport.close();
    await sink.close();

    const link = `${getConfig().appUrl}/wizyta/${token}`;
    const unfold = (raw: string) => raw.replace(/=\r?\n/g, ''); // quoted-printable soft breaks
    const confirmation = sink.messages.find((m) => /Wizyta potwierdzona/.test(m.subject))!;
    expect(unfold(confirmation.raw)).toContain(link); // the resident did get a working link
    expect(unfold(codeMail.raw)).toContain(link);
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe('CONFIRMED');

    // Nor does a hash that trying the million 6-digit codes would undo.
    expect(waiting).not.toContain(crypto.createHash('sha256').update(`${bookingId}:${code}`).digest('hex'));
    for (const dump of [waiting, await dumpEveryTable()]) {
      expect(dump).toContain(bookingId); // the dump does hold the booking and its messages
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(token);
      expect(dump).not.toContain('/wizyta/' + token.slice(0, 10));
    }
  });
});
