import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { newKioskCode, newReference } from '@/lib/server/core/codes';
import { addManualBlock } from './add-manual-block';
import { liftBlock } from './lift-block';
import { listActiveBlocks } from './list-active-blocks';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { updateNoShowRule } from './update-no-show-rule';
import { setVisitStatus } from '@/lib/server/visits/set-visit-status';
import { undoVisitStatus } from '@/lib/server/visits/undo-visit-status';
import { requestTestBooking } from '@/lib/testing/request-test-booking';
import { contentOf } from '@/lib/testing/outbox';

// The guard's session reader pulls in next-auth; these tests pass the staff member directly.
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));

afterAll(() => prisma.$disconnect());

// Wednesday 2 December 2026, 10:00 Warsaw; today's visit was at 09:00.
const now = new Date('2026-12-02T09:00:00Z');
const visitAt = new Date('2026-12-02T08:00:00Z');
const daysAgo = (d: number) => new Date(visitAt.getTime() - d * 86_400_000);
let n = 0;
const contact = () => {
  n++;
  return {
    email: `noshow-${Date.now()}-${n}@example.com`,
    phone: `+4860${String(Date.now() + n).slice(-7)}`,
  };
};

async function setup() {
  const t = await createTestCategory();
  const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędnik' };
  return { ...t, clerk };
}
type Setup = Awaited<ReturnType<typeof setup>>;

/** A visit at `startsAt`; a confirmed one holds its seat and its contact's locks, as the flow leaves it. */
async function seedVisit(
  t: Setup,
  c: { email?: string | null; phone?: string | null },
  startsAt: Date,
  status: 'CONFIRMED' | 'NO_SHOW' = 'CONFIRMED',
  categoryId = t.category.id,
) {
  const b = await prisma.booking.create({
    data: {
      reference: newReference('T'),
      kioskCode: newKioskCode(),
      officeId: t.office.id,
      categoryId,
      matterId: t.matter.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 15 * 60_000),
      status,
      confirmedAt: new Date(startsAt.getTime() - 86_400_000),
      email: c.email ?? null,
      phone: c.phone ?? null,
    },
  });
  const seat = (await prisma.slotClaim.count({ where: { categoryId, startsAt } })) + 1;
  await prisma.slotClaim.create({ data: { categoryId, startsAt, seat, bookingId: b.id } });
  if (status === 'CONFIRMED') {
    const locks = [
      ...(c.email ? [{ kind: 'EMAIL' as const, value: c.email.toLowerCase() }] : []),
      ...(c.phone ? [{ kind: 'PHONE' as const, value: c.phone }] : []),
    ];
    await prisma.contactLock.createMany({ data: locks.map((l) => ({ ...l, categoryId, bookingId: b.id })) });
  }
  return b;
}

const blocksOf = (officeId: string, values: string[]) =>
  prisma.contactBlock.findMany({ where: { officeId, value: { in: values } }, orderBy: { kind: 'asc' } });
const mailsTo = (to: string, template: string) =>
  prisma.outboxMessage.findMany({ where: { recipient: to, template } });

const noShow = (t: Setup, id: string) => setVisitStatus(t.clerk, { bookingId: id, intent: 'no-show' }, now);
/** The clerk takes the no-show back a second later. */
const takeBack = (t: Setup, id: string) =>
  undoVisitStatus(t.clerk, { bookingId: id, expected: 'NO_SHOW' }, new Date(now.getTime() + 1000));

const bookOnline = (t: Setup, c: { email: string; phone?: string }) =>
  requestTestBooking(t, {
    startsAt: new Date('2026-12-03T08:00:00Z'),
    now: new Date(now.getTime() + 60_000),
    details: c,
  });

/** An administrator's block on an e-mail address through `endsOn`, set yesterday. */
async function blockByHand(t: Setup, email: string, endsOn: string) {
  const admin: Staff = { ...(await createTestStaff('ADMIN')), name: 'Admin' };
  await addManualBlock(admin, { officeId: t.office.id, email, reason: 'nadużycia', endsOn }, daysAgo(1));
}

describe('the no-show rule (2 in 90 days → 30 days)', () => {
  it('on reaching the limit blocks the e-mail and the phone, and tells the address why and until when', async () => {
    const t = await setup();
    const c = contact();
    // The earlier no-show was booked with the address in capitals: it is the same address.
    await seedVisit(t, { email: c.email.toUpperCase(), phone: c.phone }, daysAgo(30), 'NO_SHOW');
    const today = await seedVisit(t, c, visitAt);
    await noShow(t, today.id);

    const blocks = await blocksOf(t.office.id, [c.email, c.phone]);
    expect(blocks).toEqual([
      expect.objectContaining({
        kind: 'EMAIL',
        value: c.email,
        source: 'NO_SHOW_RULE',
        createdById: t.clerk.id,
      }),
      expect.objectContaining({
        kind: 'PHONE',
        value: c.phone,
        source: 'NO_SHOW_RULE',
        createdById: t.clerk.id,
      }),
    ]);
    // The reason is the rule's code and figures; words come when it is shown.
    for (const b of blocks)
      expect(b).toMatchObject({ reason: 'NO_SHOWS', noShowCount: 2, noShowDays: 90, reasonNote: null });
    expect((await listActiveBlocks(t.clerk, t.office.id, now)).map((b) => b.reason)).toEqual([
      { code: 'NO_SHOWS', count: 2, days: 90 },
      { code: 'NO_SHOWS', count: 2, days: 90 },
    ]);
    for (const b of blocks) {
      expect(b.startsAt).toEqual(now);
      expect(b.endsAt).toEqual(new Date('2027-01-01T09:00:00Z'));
    }
    const audit = await prisma.auditLog.findMany({
      where: { action: 'contact-block.create', entityId: { in: blocks.map((b) => b.id) } },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]!.actorId).toBe(t.clerk.id);

    const [mail, ...more] = await mailsTo(c.email, 'contact-blocked');
    expect(more).toEqual([]);
    const { text } = await contentOf(mail!);
    expect(text).toContain('1 stycznia 2027');
    expect(text).toContain('2 nieobecności na umówionych wizytach w ciągu 90 dni');
    expect(text).toContain(c.phone);
    expect(text).toContain('77 54 11 361');

    // The public flow refuses the address, and the phone number with any address, pointing to the phone.
    for (const who of [c, { email: `inny-${c.email}`, phone: c.phone }])
      await expect(bookOnline(t, who)).rejects.toMatchObject({
        code: 'CONTACT_BLOCKED',
        userMessage: expect.stringMatching(/Rezerwacja internetowa nie jest możliwa.*77 54 11 361/),
      });
    // …but only at this office.
    const elsewhere = await setup();
    await expect(bookOnline(elsewhere, c)).resolves.toHaveProperty('token');
  });

  it('below the limit: no block, no e-mail', async () => {
    const t = await setup();
    const c = contact();
    const today = await seedVisit(t, c, visitAt);
    await noShow(t, today.id);
    expect(await blocksOf(t.office.id, [c.email, c.phone])).toEqual([]);
    expect(await mailsTo(c.email, 'contact-blocked')).toEqual([]);
  });

  it('a no-show outside the window does not count', async () => {
    const t = await setup();
    const c = contact();
    await seedVisit(t, c, daysAgo(91), 'NO_SHOW');
    const today = await seedVisit(t, c, visitAt);
    await noShow(t, today.id);
    expect(await blocksOf(t.office.id, [c.email, c.phone])).toEqual([]);
  });

  it('counts the e-mail and the phone separately', async () => {
    const t = await setup();
    const c = contact();
    await seedVisit(t, { email: `inny-${c.email}`, phone: c.phone }, daysAgo(10), 'NO_SHOW');
    const today = await seedVisit(t, c, visitAt);
    await noShow(t, today.id);
    expect((await blocksOf(t.office.id, [c.email, c.phone])).map((b) => b.kind)).toEqual(['PHONE']);
    // The address of this booking learns that its phone number is blocked.
    const [mail] = await mailsTo(c.email, 'contact-blocked');
    expect((await contentOf(mail!)).text).toContain(`numer telefonu ${c.phone}`);
  });

  it('does not stack a second block on one in force at least as long', async () => {
    const t = await setup();
    const c = contact();
    await blockByHand(t, c.email, '2027-03-31');
    await seedVisit(t, c, daysAgo(5), 'NO_SHOW');
    const today = await seedVisit(t, c, visitAt);
    await noShow(t, today.id);
    const blocks = await blocksOf(t.office.id, [c.email, c.phone]);
    expect(blocks.map((b) => [b.kind, b.source])).toEqual([
      ['EMAIL', 'MANUAL'],
      ['PHONE', 'NO_SHOW_RULE'],
    ]);
  });

  it('a block ending sooner than the rule’s does not absorb the new one', async () => {
    const t = await setup();
    const c = contact();
    await blockByHand(t, c.email, '2026-12-05');
    await seedVisit(t, c, daysAgo(5), 'NO_SHOW');
    await noShow(t, (await seedVisit(t, c, visitAt)).id);
    const email = (await blocksOf(t.office.id, [c.email])).map((b) => b.source).sort();
    expect(email).toEqual(['MANUAL', 'NO_SHOW_RULE']);
  });

  it('two no-shows recorded at the same moment by two clerks: one block per contact, not zero, not two', async () => {
    const t = await setup();
    const second = await prisma.serviceCategory.create({
      data: {
        officeId: t.office.id,
        slug: `druga-${Date.now()}`,
        name: 'Druga kategoria',
        ticketPrefix: 'B',
      },
    });
    const c = contact();
    const a = await seedVisit(t, c, visitAt);
    const b = await seedVisit(t, c, visitAt, 'CONFIRMED', second.id);
    const other: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Drugi' };
    await Promise.all([noShow(t, a.id), setVisitStatus(other, { bookingId: b.id, intent: 'no-show' }, now)]);
    expect((await blocksOf(t.office.id, [c.email, c.phone])).map((x) => x.kind)).toEqual(['EMAIL', 'PHONE']);
    expect(await mailsTo(c.email, 'contact-blocked')).toHaveLength(1);
  });
});

describe('taking a no-show back', () => {
  it('lifts the blocks it caused, audited, and the resident may book online again', async () => {
    const t = await setup();
    const c = contact();
    await seedVisit(t, c, daysAgo(20), 'NO_SHOW');
    const today = await seedVisit(t, c, visitAt);
    await noShow(t, today.id);
    await takeBack(t, today.id);

    const blocks = await blocksOf(t.office.id, [c.email, c.phone]);
    expect(blocks).toHaveLength(2);
    for (const b of blocks)
      expect(b).toMatchObject({
        liftReason: 'NO_SHOW_UNDONE',
        liftNote: null,
        liftedById: t.clerk.id,
        liftedAt: expect.any(Date),
      });
    const lifts = await prisma.auditLog.findMany({
      where: { action: 'contact-block.lift', entityId: { in: blocks.map((b) => b.id) } },
    });
    expect(lifts).toHaveLength(2);
    expect(lifts.map((a) => a.data)).toEqual([
      { reason: 'NO_SHOW_UNDONE', bookingId: today.id },
      { reason: 'NO_SHOW_UNDONE', bookingId: today.id },
    ]);
    expect(await mailsTo(c.email, 'contact-unblocked')).toHaveLength(1);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: today.id } })).toMatchObject({
      status: 'CONFIRMED',
    });
    await expect(bookOnline(t, { email: c.email })).resolves.toHaveProperty('token');
  });

  it('keeps a block the remaining no-shows still justify', async () => {
    const t = await setup();
    const c = contact();
    await seedVisit(t, c, daysAgo(40), 'NO_SHOW');
    await seedVisit(t, c, daysAgo(20), 'NO_SHOW');
    const today = await seedVisit(t, c, visitAt);
    await noShow(t, today.id);
    await takeBack(t, today.id);
    const blocks = await blocksOf(t.office.id, [c.email, c.phone]);
    expect(blocks.map((b) => b.liftedAt)).toEqual([null, null]);
  });
});

describe('blocks by hand and the office’s rule', () => {
  it('an administrator blocks an address and a number, and lifts one with a reason', async () => {
    const t = await setup();
    const admin: Staff = { ...(await createTestStaff('ADMIN')), name: 'Admin' };
    const c = contact();
    const { ids } = await addManualBlock(
      admin,
      {
        officeId: t.office.id,
        email: c.email,
        phone: c.phone,
        reason: 'odsprzedaż terminów',
        endsOn: '2026-12-31',
      },
      now,
    );
    expect(ids).toHaveLength(2);
    const active = await listActiveBlocks(admin, t.office.id, now);
    const byHand = { code: 'MANUAL', note: 'odsprzedaż terminów' };
    expect(active.map((b) => [b.kind, b.value, b.source, b.reason])).toEqual([
      ['EMAIL', c.email, 'MANUAL', byHand],
      ['PHONE', c.phone, 'MANUAL', byHand],
    ]);
    expect(await prisma.contactBlock.findMany({ where: { id: { in: ids } } })).toEqual([
      expect.objectContaining({ reason: 'MANUAL', reasonNote: 'odsprzedaż terminów', noShowCount: null }),
      expect.objectContaining({ reason: 'MANUAL', reasonNote: 'odsprzedaż terminów', noShowCount: null }),
    ]);
    // Through the whole last day, in Opole: until midnight of 1 January (23:00Z).
    expect(active[0]!.endsAt).toEqual(new Date('2026-12-31T23:00:00Z'));
    const [mail] = await mailsTo(c.email, 'contact-blocked');
    expect((await contentOf(mail!)).text).toContain('odsprzedaż terminów');

    await expect(
      addManualBlock(
        admin,
        { officeId: t.office.id, email: c.email, reason: 'jeszcze raz', endsOn: '2027-01-31' },
        now,
      ),
    ).rejects.toMatchObject({ code: 'ALREADY_BLOCKED', field: 'email' });
    await expect(
      addManualBlock(
        admin,
        { officeId: t.office.id, phone: '+48601000000', reason: 'x'.repeat(5), endsOn: '2026-12-01' },
        now,
      ),
    ).rejects.toMatchObject({ code: 'PAST_END', field: 'endsOn' });

    await liftBlock(admin, { blockId: ids[0]!, reason: 'wyjaśniono telefonicznie' }, now);
    await expect(liftBlock(admin, { blockId: ids[0]!, reason: 'drugi raz' }, now)).rejects.toMatchObject({
      code: 'ALREADY_LIFTED',
    });
    expect((await listActiveBlocks(admin, t.office.id, now)).map((b) => b.kind)).toEqual(['PHONE']);
    const audit = await prisma.auditLog.findMany({
      where: { entityId: { in: ids } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['contact-block.create', admin.id],
      ['contact-block.create', admin.id],
      ['contact-block.lift', admin.id],
    ]);
    expect(audit[2]!.data).toEqual({ reason: 'wyjaśniono telefonicznie' });
    expect(await prisma.contactBlock.findUniqueOrThrow({ where: { id: ids[0]! } })).toMatchObject({
      liftReason: 'MANUAL',
      liftNote: 'wyjaśniono telefonicznie',
    });
  });

  it('the office’s own numbers decide, and changing them is audited', async () => {
    const t = await setup();
    const admin: Staff = { ...(await createTestStaff('ADMIN')), name: 'Admin' };
    await updateNoShowRule(admin, { officeId: t.office.id, limit: 1, windowDays: 30, blockDays: 7 });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: 'office.no-show-rule', entityId: t.office.id },
    });
    expect(audit.data).toEqual({
      from: { limit: 2, windowDays: 90, blockDays: 30 },
      to: { limit: 1, windowDays: 30, blockDays: 7 },
    });
    const c = contact();
    const today = await seedVisit(t, c, visitAt);
    await noShow(t, today.id);
    const blocks = await blocksOf(t.office.id, [c.email, c.phone]);
    expect(blocks.map((b) => b.endsAt)).toEqual([
      new Date('2026-12-09T09:00:00Z'),
      new Date('2026-12-09T09:00:00Z'),
    ]);
  });
});
