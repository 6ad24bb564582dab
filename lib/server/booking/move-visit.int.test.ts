import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { createTestCategory } from '@/lib/testing/fixtures';
import { NOW, at, createConfirmedVisit, seatsOf } from '@/lib/testing/changes';
import { contentOf } from '@/lib/testing/outbox';
import { createTestStaff } from '@/lib/testing/staff';
import { getBookingByToken } from './get-booking-by-token';
import { moveVisit } from './move-visit';

afterAll(() => prisma.$disconnect());

async function setUp(counters = 1) {
  const t = await createTestCategory({ counters });
  const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędniczka' };
  return { ...t, clerk };
}

describe('a clerk moves one visit', () => {
  it('to another day: the seat moves, a new identifier, the resident e-mailed the new details and link', async () => {
    const t = await setUp();
    const v = await createConfirmedVisit(t, at(2));
    const r = await moveVisit(t.clerk, { bookingId: v.id, startsAt: at(7, 15), from: at(2) }, NOW);

    expect(r.notice).toBe('email');
    expect(await seatsOf(v.id)).toEqual([{ startsAt: at(7, 15), seat: 1 }]);
    const b = await prisma.booking.findUniqueOrThrow({ where: { id: v.id } });
    expect(b).toMatchObject({ status: 'CONFIRMED', startsAt: at(7, 15), reference: r.reference });
    expect(r.reference).not.toBe(v.reference);
    expect(await getBookingByToken(v.token, NOW)).toBeNull();

    const m = await prisma.outboxMessage.findFirstOrThrow({ where: { bookingId: v.id } });
    expect(m).toMatchObject({ template: 'visit-moved', channel: 'EMAIL', recipient: v.email });
    const mail = await contentOf(m);
    expect(mail.subject).toContain('poniedziałek, 7 grudnia 2026, 08:15');
    expect(mail.text).toContain(r.reference);
    expect(mail.text).toContain(v.reference); // "instead of the previous one"
    const token = /\/wizyta\/([\w-]{43})/.exec(mail.text)![1]!;
    expect((await getBookingByToken(token, NOW))?.startsAt).toEqual(at(7, 15));
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: v.id } });
    expect(audit).toMatchObject({ actorId: t.clerk.id, action: 'booking.moved' });
    expect(audit.data).toMatchObject({ from: at(2).toISOString(), to: at(7, 15).toISOString() });
  });

  it('a phone booking without e-mail: the new time by SMS; a block on online booking does not apply', async () => {
    const t = await setUp();
    const phone = '+48600100201';
    const v = await createConfirmedVisit(t, at(2), { email: null, phone, channel: 'PHONE' });
    await prisma.contactBlock.create({
      data: {
        officeId: t.office.id,
        kind: 'PHONE',
        value: phone,
        reason: 'NO_SHOWS',
        noShowCount: 2,
        noShowDays: 90,
        source: 'NO_SHOW_RULE',
        startsAt: new Date(NOW.getTime() - 86_400_000),
        endsAt: new Date(NOW.getTime() + 30 * 86_400_000),
      },
    });
    const r = await moveVisit(t.clerk, { bookingId: v.id, startsAt: at(2, 30), from: at(2) }, NOW);
    expect(r).toMatchObject({ notice: 'sms', reference: v.reference });
    const sms = await prisma.outboxMessage.findFirstOrThrow({ where: { bookingId: v.id } });
    expect(sms).toMatchObject({ channel: 'SMS', recipient: phone, template: 'visit-moved' });
    expect((await contentOf(sms)).text).toContain('08:30');
  });

  it('never two seats, never none: a full time, a stale page or a visit begun changes nothing', async () => {
    const t = await setUp();
    const v = await createConfirmedVisit(t, at(2));
    await createConfirmedVisit(t, at(3));
    const move = (startsAt: Date, from = at(2), now = NOW) =>
      moveVisit(t.clerk, { bookingId: v.id, startsAt, from }, now);
    await expect(move(at(3))).rejects.toMatchObject({ code: 'SLOT_TAKEN' });
    await expect(move(at(3, 15), at(2, 15))).rejects.toMatchObject({ code: 'STATUS_CHANGED' });
    await expect(move(at(3, 15), at(2), at(2, 5))).rejects.toMatchObject({ code: 'NOT_MOVABLE' });
    await expect(move(at(2))).rejects.toMatchObject({ code: 'UNCHANGED' });
    await expect(move(at(6))).rejects.toMatchObject({ code: 'SLOT_UNAVAILABLE' }); // a Sunday
    expect(await seatsOf(v.id)).toEqual([{ startsAt: at(2), seat: 1 }]);
    expect(await prisma.outboxMessage.count({ where: { bookingId: v.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: v.id } })).toBe(0);
  });

  it('refuses a clerk of another office; an administrator may', async () => {
    const t = await setUp(3);
    const other = await createTestCategory();
    const stranger: Staff = { ...(await createTestStaff('CLERK', other.office.id)), name: 'Obcy' };
    const admin: Staff = { ...(await createTestStaff('ADMIN')), name: 'Admin' };
    const v = await createConfirmedVisit(t, at(2));
    await expect(
      moveVisit(stranger, { bookingId: v.id, startsAt: at(3), from: at(2) }, NOW),
    ).rejects.toMatchObject({ code: 'FORBIDDEN_OFFICE' });
    await expect(
      moveVisit(admin, { bookingId: v.id, startsAt: at(3), from: at(2) }, NOW),
    ).resolves.toMatchObject({ notice: 'email' });
  });
});
