import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMigratedDatabase } from '@/lib/testing/databases';

// The retention job works on the whole database. It gets a database of its own, so that it
// neither erases other test files' data (their clocks are in the past of this one's) nor counts
// their rows in its reports; every module that reaches the database is imported after the switch.
const db = await createMigratedDatabase('retention');
const sharedUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL = db.url;
delete (globalThis as { prisma?: unknown }).prisma;

vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));
// The code reaches the resident by e-mail; here it is known in advance instead of read back.
vi.mock('@/lib/server/core/codes', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/server/core/codes')>()),
  newConfirmationCode: () => '123456',
}));

const { prisma } = await import('@/lib/server/core/db'); // its client keeps the URL it was made with
process.env.DATABASE_URL = sharedUrl; // the server's admin connection (db.drop) goes there
const { createTestCategory } = await import('@/lib/testing/fixtures');
const { contentOf } = await import('@/lib/testing/outbox');
const { createTestStaff } = await import('@/lib/testing/staff');
const { requestBooking } = await import('@/lib/server/booking/request-booking');
const { confirmBooking } = await import('@/lib/server/booking/confirm-booking');
const { cancelBookingByToken } = await import('@/lib/server/booking/cancel-booking');
const { setVisitStatus } = await import('@/lib/server/visits/set-visit-status');
const { undoVisitStatus } = await import('@/lib/server/visits/undo-visit-status');
const { addManualBlock } = await import('@/lib/server/blocks/add-manual-block');
const { liftBlock } = await import('@/lib/server/blocks/lift-block');
const { loadOfficeOverview } = await import('@/lib/server/visits/load-office-overview');
const { exportBookingsCsv } = await import('@/lib/server/visits/export-bookings');
const { writeAudit } = await import('@/lib/server/core/audit');
const { requestEmailChange } = await import('@/lib/server/booking/request-email-change');
const { anonymiseBookingOnRequest } = await import('./anonymise-booking-on-request');
const { applyRetention } = await import('./apply-retention');
const { runDailyRetention } = await import('./run-daily-retention');

afterAll(async () => {
  await prisma.$disconnect();
  await db.drop();
});

const DAY = 86_400_000;
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
let n = 0;
const person = () => {
  n++;
  return {
    email: `retencja-${n}-${Date.now()}@example.com`,
    phone: `+4860${String(1_000_000 + n * 7919).slice(-7)}`,
    app: `ZAB${String(100_000 + n)}`,
  };
};

let t: Awaited<ReturnType<typeof createTestCategory>>;
let regs: { id: string };
let clerk: { id: string; email: string; name: string; role: 'CLERK'; officeId: string | null };
let admin: { id: string; email: string; name: string; role: 'ADMIN'; officeId: string | null };
beforeAll(async () => {
  t = await createTestCategory({ requiresApplicationNumber: true });
  regs = await prisma.regulationsVersion.create({ data: { version: 1, title: 'Regulamin', body: '…' } });
  clerk = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędnik', role: 'CLERK' };
  admin = { ...(await createTestStaff('ADMIN')), name: 'Administrator', role: 'ADMIN' };
});

/** The online flow: hold (code by e-mail and SMS), then confirm with the code. */
async function bookOnline(p: ReturnType<typeof person>, startsAt: Date, now: Date, confirm = true) {
  const { token, bookingId } = await requestBooking({
    categoryId: t.category.id,
    matterId: t.pickupMatter.id,
    startsAt,
    details: { email: p.email, phone: p.phone, smsOptIn: true, idApplicationNumber: p.app },
    regulations: { versionId: regs.id, acceptedAt: now },
    now,
  });
  if (confirm) await confirmBooking(token, '123456', plus(now, 60_000));
  return { token, bookingId };
}

/** A visit in the past (as the day's list leaves it), written directly. */
async function pastVisit(p: { email: string; phone: string }, startsAt: Date) {
  return prisma.booking.create({
    data: {
      reference: `T-${crypto.randomUUID().slice(0, 8).toUpperCase()}`,
      kioskCode: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
      officeId: t.office.id,
      categoryId: t.category.id,
      matterId: t.matter.id,
      startsAt,
      endsAt: plus(startsAt, 15 * 60_000),
      status: 'CONFIRMED',
      confirmedAt: plus(startsAt, -DAY),
      email: p.email,
      phone: p.phone,
    },
  });
}

/** Every row of every table, as text: what someone reading the database would find. */
async function everything(): Promise<string> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(x)::text AS row FROM "${name}" x`,
    );
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join('\n');
}

const nationalDigits = (phone: string) => phone.slice(3);

describe('the retention job', () => {
  // Wednesday 2 December 2026, 09:00 in Opole.
  const visitAt = new Date('2026-12-02T08:00:00Z');
  const bookedAt = new Date('2026-12-01T07:00:00Z');

  it('15 days after the visit: no e-mail, phone or application number anywhere; figures unchanged; a second run changes nothing', async () => {
    const p = person();
    const { bookingId } = await bookOnline(p, visitAt, bookedAt);
    // A second resident who came: served, so the attendance figures have both kinds.
    const q = person();
    const served = await bookOnline(q, plus(visitAt, 15 * 60_000), bookedAt);
    await setVisitStatus(
      clerk,
      { bookingId: served.bookingId, intent: 'served' },
      plus(visitAt, 20 * 60_000),
    );
    // Messages went out; an audit entry names the contact (as a "who looked at it" entry may).
    await prisma.outboxMessage.updateMany({
      where: { bookingId },
      data: { status: 'SENT', sentAt: bookedAt },
    });
    await writeAudit(prisma, clerk, 'booking.contact-viewed', 'Booking', bookingId, {
      shown: `${p.email}, ${p.phone}`,
    });
    expect(await everything()).toContain(p.email);

    // 13 days on, nothing is due yet.
    expect(await runDailyRetention(plus(visitAt, 13 * DAY), 14)).toMatchObject({ ran: true });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({
      email: p.email,
      idApplicationNumber: p.app,
      anonymisedAt: null,
    });

    const now = plus(visitAt, 15 * DAY);
    const overview = await loadOfficeOverview(t.office.id, now);
    const csv = await exportBookingsCsv(t.office.id, '2026-12-01', '2026-12-31');
    const run = await runDailyRetention(now, 14);
    expect(run).toMatchObject({ ran: true, report: { visits: 2 } });

    const b = await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(b).toMatchObject({ email: null, phone: null, idApplicationNumber: null, smsOptIn: false });
    expect(b.anonymisedAt).toEqual(now);
    const text = await everything();
    for (const secret of [p.email, p.phone, nationalDigits(p.phone), p.app, q.email, q.phone, q.app])
      expect(text).not.toContain(secret);
    // The audit of what happened stays, without the person.
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'booking.contact-viewed' } });
    expect(audit.data).toEqual({ shown: '[usunięto], [usunięto]' });
    expect(
      await prisma.auditLog.count({ where: { entityId: served.bookingId, action: 'booking.status' } }),
    ).toBe(1);

    expect(await loadOfficeOverview(t.office.id, now)).toEqual(overview);
    expect(await exportBookingsCsv(t.office.id, '2026-12-01', '2026-12-31')).toBe(csv);

    // Again the same day: the claim says it is done. Forced again: nothing left to do.
    expect(await runDailyRetention(plus(now, 60_000), 14)).toEqual({ ran: false });
    const again = await applyRetention(plus(now, 60_000), 14);
    expect(again).toEqual({
      visits: 0,
      unconfirmed: 0,
      noShowHashes: 0,
      blocks: 0,
      contactLocks: 0,
      emailChanges: 0,
      sentMessages: 0,
      rateLimits: 0,
    });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).toEqual(b);
  });

  it('two instances at the same moment: one does the work, once', async () => {
    const now = new Date('2026-12-20T02:00:00Z');
    const visits = await Promise.all([1, 2, 3].map(() => pastVisit(person(), plus(now, -20 * DAY))));
    const runs = await Promise.all([runDailyRetention(now, 14), runDailyRetention(now, 14)]);
    expect(runs.filter((r) => r.ran)).toEqual([
      expect.objectContaining({
        ran: true,
        day: '2026-12-20',
        report: expect.objectContaining({ visits: 3 }),
      }),
    ]);
    const logged = await prisma.auditLog.findMany({ where: { action: 'retention.run' } });
    expect(logged.filter((a) => (a.data as { day: string }).day === '2026-12-20')).toHaveLength(1);
    expect(await prisma.booking.count({ where: { id: { in: visits.map((v) => v.id) }, email: null } })).toBe(
      3,
    );
  });

  it('holds that expired or were cancelled before confirmation lose their contacts on the next run', async () => {
    const now = new Date('2026-12-21T07:00:00Z'); // Monday, 08:00 in Opole
    const visit = new Date('2026-12-22T08:00:00Z');
    const expired = await bookOnline(person(), visit, now, false);
    const cancelled = await bookOnline(person(), plus(visit, 15 * 60_000), now, false);
    await cancelBookingByToken(cancelled.token, plus(now, 10 * 60_000));
    const live = person();
    const held = await bookOnline(live, plus(visit, 30 * 60_000), plus(now, 90 * 60_000), false);

    const r = await applyRetention(plus(now, 100 * 60_000), 14);
    expect(r.unconfirmed).toBe(2);
    for (const id of [expired.bookingId, cancelled.bookingId])
      expect(await prisma.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({
        email: null,
        phone: null,
        idApplicationNumber: null,
        status: id === expired.bookingId ? 'EXPIRED' : 'CANCELLED',
      });
    expect(await prisma.slotClaim.count({ where: { bookingId: expired.bookingId } })).toBe(0);
    expect(
      await prisma.outboxMessage.count({
        where: { bookingId: { in: [expired.bookingId, cancelled.bookingId] } },
      }),
    ).toBe(0);
    // The hold still waiting for its code keeps everything.
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: held.bookingId } })).toMatchObject({
      status: 'HELD',
      email: live.email,
      anonymisedAt: null,
    });
  });

  it('a no-show still counts towards a block after its booking was anonymised', async () => {
    const p = person();
    const first = await pastVisit(p, new Date('2027-01-04T08:00:00Z'));
    await setVisitStatus(clerk, { bookingId: first.id, intent: 'no-show' }, new Date('2027-01-04T08:30:00Z'));
    expect(await applyRetention(new Date('2027-01-19T03:00:00Z'), 14)).toMatchObject({ visits: 1 });
    const erased = await prisma.booking.findUniqueOrThrow({ where: { id: first.id } });
    expect(erased).toMatchObject({ status: 'NO_SHOW', email: null, phone: null });
    expect(erased.emailHash).toMatch(/^[0-9a-f]{64}$/);
    expect(erased.phoneHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(erased)).not.toContain(nationalDigits(p.phone));

    // The same resident (address typed in capitals) misses another visit: 2 in 90 days.
    const second = await pastVisit(
      { email: p.email.toUpperCase(), phone: p.phone },
      new Date('2027-01-25T08:00:00Z'),
    );
    const markedAt = new Date('2027-01-25T08:30:00Z');
    await setVisitStatus(clerk, { bookingId: second.id, intent: 'no-show' }, markedAt);
    const blocks = await prisma.contactBlock.findMany({
      where: { officeId: t.office.id, liftedAt: null, endsAt: { gt: markedAt } },
      orderBy: { kind: 'asc' },
    });
    expect(blocks.map((b) => [b.kind, b.value])).toEqual([
      ['EMAIL', p.email],
      ['PHONE', p.phone],
    ]);
    const notice = await prisma.outboxMessage.findFirstOrThrow({
      where: { template: 'contact-blocked', recipient: p.email },
    });
    expect((await contentOf(notice)).text).toContain('2 nieobecności');

    // Taken back: the one left (known only by its hash) no longer justifies the blocks.
    await undoVisitStatus(clerk, { bookingId: second.id, expected: 'NO_SHOW' }, plus(markedAt, 60_000));
    expect(
      await prisma.contactBlock.count({ where: { id: { in: blocks.map((b) => b.id) }, liftedAt: null } }),
    ).toBe(0);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      emailHash: null,
      phoneHash: null,
    });

    // After the rule's window and the block's length, the hashes go too.
    await applyRetention(new Date('2027-05-06T03:00:00Z'), 14);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      emailHash: null,
      phoneHash: null,
    });
  });

  it('a block keeps its contact while in force and loses it when it ends', async () => {
    const p = person();
    const now = new Date('2027-02-01T09:00:00Z');
    const { ids } = await addManualBlock(
      admin,
      {
        officeId: t.office.id,
        email: p.email,
        phone: p.phone,
        reason: `awantura przy stanowisku, pisał z ${p.email}`,
        endsOn: '2027-02-28',
      },
      now,
    );
    const [emailBlock, phoneBlock] = ids as [string, string];
    await liftBlock(
      admin,
      { blockId: phoneBlock, reason: `pomyłka, numer ${p.phone} należy do kogoś innego` },
      plus(now, 60_000),
    );

    await applyRetention(plus(now, 2 * 60_000), 14);
    expect(await prisma.contactBlock.findUniqueOrThrow({ where: { id: emailBlock } })).toMatchObject({
      value: p.email,
      anonymisedAt: null,
    });
    const lifted = await prisma.contactBlock.findUniqueOrThrow({ where: { id: phoneBlock } });
    expect(lifted).toMatchObject({
      kind: 'PHONE',
      value: '',
      valueHash: null,
      liftReason: 'MANUAL',
      liftNote: 'pomyłka, numer [usunięto] należy do kogoś innego',
    });
    expect(lifted.anonymisedAt).not.toBeNull();

    const ended = new Date('2027-03-02T09:00:00Z');
    expect(await applyRetention(ended, 14)).toMatchObject({ blocks: 1 });
    const block = await prisma.contactBlock.findUniqueOrThrow({ where: { id: emailBlock } });
    expect(block).toMatchObject({
      value: '',
      valueHash: null,
      reason: 'MANUAL',
      reasonNote: 'awantura przy stanowisku, pisał z [usunięto]',
    });
    const audit = await prisma.auditLog.findMany({
      where: { entity: 'ContactBlock', entityId: { in: ids } },
    });
    expect(audit.length).toBeGreaterThanOrEqual(3);
    // The block and lift notices named the contact: they went with the block.
    const rest = await everything();
    expect(rest).not.toContain(p.email);
    expect(rest).not.toContain(nationalDigits(p.phone));
  });

  it('sent messages and unhandled failures go after 30 days, expired limit counters at once', async () => {
    const now = new Date('2027-03-10T09:00:00Z');
    const message = (status: 'SENT' | 'FAILED', sentDaysAgo: number, tag: string) => ({
      channel: 'EMAIL' as const,
      template: `retention-${tag}`,
      recipient: `${tag}@example.com`,
      payload: { text: 'x' },
      status,
      sentAt: status === 'SENT' ? plus(now, -sentDaysAgo * DAY) : null,
      expiresAt: plus(now, -sentDaysAgo * DAY),
    });
    await prisma.outboxMessage.createMany({
      data: [
        message('SENT', 31, 'old'),
        message('SENT', 29, 'young'),
        message('FAILED', 40, 'failed-long-ago'),
        message('FAILED', 20, 'failed'),
      ],
    });
    await prisma.rateLimit.createMany({
      data: [
        { key: 'hold:expired', windowStart: plus(now, -61 * 60_000), count: 3 },
        { key: 'hold:live', windowStart: plus(now, -59 * 60_000), count: 3 },
        { key: 'code:expired', windowStart: plus(now, -11 * 60_000), count: 1 },
        // The ticket machine's limits (pairing per address, visit codes per device) go too.
        { key: 'kiosk-pair:expired', windowStart: plus(now, -16 * 60_000), count: 10 },
        { key: 'kiosk-pair:live', windowStart: plus(now, -14 * 60_000), count: 10 },
        { key: 'kiosk-code:expired', windowStart: plus(now, -11 * 60_000), count: 4 },
      ],
    });
    const r = await applyRetention(now, 14);
    expect(r).toMatchObject({ sentMessages: 2, rateLimits: 4 });
    expect(
      (await prisma.outboxMessage.findMany({ where: { template: { startsWith: 'retention-' } } }))
        .map((m) => m.template)
        .sort(),
    ).toEqual(['retention-failed', 'retention-young']);
    expect((await prisma.rateLimit.findMany()).map((l) => l.key).sort()).toEqual([
      'hold:live',
      'kiosk-pair:live',
    ]);
  });

  it('a new e-mail address waiting for its code goes once the code expired, and with the booking’s data', async () => {
    const bookedAt = new Date('2026-12-21T07:00:00Z');
    const visit = new Date('2026-12-23T08:00:00Z'); // Wednesday, 09:00 in Opole
    const first = await bookOnline(person(), visit, bookedAt);
    const second = await bookOnline(person(), plus(visit, 15 * 60_000), bookedAt);
    const [early, late] = [`nowy-a-${n}@example.com`, `nowy-b-${n}@example.com`];
    await requestEmailChange(first.token, early, plus(bookedAt, 2 * 60_000)); // code until +32 min
    await requestEmailChange(second.token, late, plus(bookedAt, 20 * 60_000)); // until +50 min
    expect(await everything()).toContain(early);

    expect(await applyRetention(plus(bookedAt, 31 * 60_000), 14)).toMatchObject({ emailChanges: 0 });
    expect(await applyRetention(plus(bookedAt, 33 * 60_000), 14)).toMatchObject({ emailChanges: 1 });
    const text = await everything();
    expect(text).not.toContain(early); // neither the change nor its code's message
    expect(text).toContain(late);
    expect(await prisma.emailChange.count({ where: { bookingId: second.bookingId } })).toBe(1);

    // Erased at the resident's request while its code still runs: the new address goes too.
    await anonymiseBookingOnRequest(
      admin,
      { bookingId: second.bookingId, reason: 'wniosek mieszkańca' },
      plus(bookedAt, 34 * 60_000),
    );
    expect(await prisma.emailChange.count({ where: { bookingId: second.bookingId } })).toBe(0);
    expect(await everything()).not.toContain(late);
  });

  it('an address a newer request replaced goes with its code’s end, though a change still waits', async () => {
    const bookedAt = new Date('2026-12-21T07:00:00Z');
    const visit = new Date('2026-12-23T09:00:00Z');
    const b = await bookOnline(person(), visit, bookedAt);
    const [typo, right] = [`literowka-${n}@example.com`, `poprawny-${n}@example.com`];
    await requestEmailChange(b.token, typo, plus(bookedAt, 2 * 60_000)); // its code until +32 min
    await requestEmailChange(b.token, right, plus(bookedAt, 25 * 60_000)); // replaces it, until +55
    await applyRetention(plus(bookedAt, 33 * 60_000), 14);
    const text = await everything();
    expect(text).not.toContain(typo);
    expect(text).toContain(right);
    expect(await prisma.emailChange.count({ where: { bookingId: b.bookingId } })).toBe(1);
  });
});
