import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { atLocalTime, parseHm } from '@/lib/domain/time';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { listCalendarDays } from './list-calendar-days';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { holdSlot } from '@/lib/server/booking/hold-slot';
import { BookingsAffectedError } from './lock-schedules';
import type { RuleInput } from './schedule-forms';
import { saveHorizon } from './save-horizon';
import { saveOpeningRules } from './save-opening-rules';
import { rejection } from '@/lib/testing/rejection';
import { contentOf } from '@/lib/testing/outbox';

// The guard module reads the session through next-auth; the use cases only need its office check.
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));

afterAll(() => prisma.$disconnect());

// Monday 2027-03-01, 07:00 in Opole. The fixture's category: Mon–Fri 08:00–12:00, 15 min, 3 counters.
const NOW = new Date('2027-03-01T06:00:00Z');
const TUE = '2027-03-02';
const at = (date: string, hm: string) => atLocalTime(date, parseHm(hm));
const block = (
  weekday: number,
  opens: string,
  closes: string,
  slotMinutes = 15,
  counters = 3,
): RuleInput => ({
  weekday,
  opensAt: parseHm(opens),
  closesAt: parseHm(closes),
  slotMinutes,
  counters,
  validFrom: null,
  validTo: null,
});
const week = (overrides: Record<number, RuleInput[]> = {}) =>
  [1, 2, 3, 4, 5].flatMap((d) => overrides[d] ?? [block(d, '08:00', '12:00')]);

let admin: Staff;
beforeAll(async () => {
  admin = { ...(await createTestStaff('ADMIN')), name: 'Administrator testowy' };
});

const caught = (p: Promise<unknown>) => rejection(p, BookingsAffectedError);

describe('editing the weekly rules', () => {
  it('replaces the rules (several blocks a day), the public calendar follows, and the audit log has before and after', async () => {
    const t = await createTestCategory();
    const rules = week({ 1: [block(1, '08:00', '12:00'), block(1, '13:00', '17:00', 20, 2)] }).concat(
      block(6, '09:00', '12:00', 30, 1),
    );
    await expect(saveOpeningRules(admin, { categoryId: t.category.id, rules }, NOW)).resolves.toEqual({
      changed: true,
      cancelled: 0,
    });
    const stored = await prisma.openingRule.findMany({ where: { categoryId: t.category.id } });
    expect(stored).toHaveLength(7);
    const [saturday] = await listCalendarDays(t.category.id, '2027-03-06', '2027-03-06', NOW);
    expect(saturday).toMatchObject({ state: 'available' });
    expect(saturday!.freeSlots.map((s) => s.startsAt)).toEqual([
      at('2027-03-06', '09:00'),
      at('2027-03-06', '09:30'),
      at('2027-03-06', '10:00'),
      at('2027-03-06', '10:30'),
      at('2027-03-06', '11:00'),
      at('2027-03-06', '11:30'),
    ]);
    const [monday] = await listCalendarDays(t.category.id, '2027-03-08', '2027-03-08', NOW);
    expect(monday!.freeSlots.at(-1)).toMatchObject({ startsAt: at('2027-03-08', '16:40'), free: 2 });

    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: 'ServiceCategory', entityId: t.category.id, action: 'schedule.rules-changed' },
    });
    expect(audit).toMatchObject({ actorId: admin.id, actor: admin.email });
    const data = audit.data as { before: unknown[]; after: { weekday: number; opens: string }[] };
    expect(data.before).toHaveLength(5);
    expect(data.after).toContainEqual(
      expect.objectContaining({ weekday: 6, opens: '09:00', closes: '12:00' }),
    );
  });

  it('saves nothing (and audits nothing) when the table did not change', async () => {
    const t = await createTestCategory();
    await expect(saveOpeningRules(admin, { categoryId: t.category.id, rules: week() }, NOW)).resolves.toEqual(
      {
        changed: false,
        cancelled: 0,
      },
    );
    expect(await prisma.auditLog.count({ where: { entityId: t.category.id } })).toBe(0);
  });

  it('refuses a change that would drop bookings, lists them, and changes nothing', async () => {
    const t = await createTestCategory();
    const kept = await createTestBooking(t, at(TUE, '09:00'));
    const lost = await createTestBooking(t, at(TUE, '11:30'));
    const held = await createTestBooking(t, at(TUE, '11:45'), { status: 'HELD' });
    await prisma.booking.update({
      where: { id: held.id },
      data: { holdExpiresAt: new Date(NOW.getTime() + 3_600_000) },
    });
    // Not live: an expired hold, a cancelled visit and one already in the past do not count.
    const stale = await createTestBooking(t, at(TUE, '11:15'), { status: 'HELD' });
    await prisma.booking.update({
      where: { id: stale.id },
      data: { holdExpiresAt: new Date(NOW.getTime() - 1) },
    });
    await createTestBooking(t, at(TUE, '11:00'), { status: 'CANCELLED' });

    const e = await caught(
      saveOpeningRules(
        admin,
        { categoryId: t.category.id, rules: week({ 2: [block(2, '08:00', '10:00')] }) },
        NOW,
      ),
    );
    expect(e.userMessage).toMatch(/Nic nie zapisano: ta zmiana usunęłaby 2 wizyty/);
    expect(e.affected).toEqual([
      expect.objectContaining({ id: lost.id, reference: lost.reference, matter: t.matter.name, held: false }),
      expect.objectContaining({ id: held.id, reference: held.reference, held: true }),
    ]);
    expect(e.affected[0]!.when).toBe('wtorek, 2 marca 2027, 11:30');
    expect(await prisma.openingRule.count({ where: { categoryId: t.category.id, weekday: 2 } })).toBe(1);
    expect(
      (await prisma.openingRule.findFirstOrThrow({ where: { categoryId: t.category.id, weekday: 2 } }))
        .closesAt,
    ).toBe(parseHm('12:00'));
    for (const b of [kept, lost, held])
      expect((await prisma.booking.findUniqueOrThrow({ where: { id: b.id } })).status).not.toBe('CANCELLED');
    expect(await prisma.auditLog.count({ where: { entityId: t.category.id } })).toBe(0);
  });

  it('"zapisz i odwołaj": applies the change and cancels in one go — seats and contacts freed, e-mails queued, audited', async () => {
    const t = await createTestCategory();
    const lost = await createTestBooking(t, at(TUE, '11:30'), { phone: '+48600100200' });
    const noEmail = await createTestBooking(t, at(TUE, '11:45'), {
      email: null,
      phone: '+48600100201',
      channel: 'PHONE',
    });
    await prisma.contactLock.createMany({
      data: [
        { categoryId: t.category.id, kind: 'EMAIL', value: lost.email!, bookingId: lost.id },
        { categoryId: t.category.id, kind: 'PHONE', value: '+48600100200', bookingId: lost.id },
      ],
    });
    const rules = week({ 2: [block(2, '08:00', '10:00')] });
    const reason = 'skrócone godziny pracy wydziału';
    const message = await saveOpeningRules(
      admin,
      { categoryId: t.category.id, rules, confirmation: { expected: [noEmail.id, lost.id], reason } },
      NOW,
    );
    expect(message).toEqual({ changed: true, cancelled: 2 });

    for (const b of [lost, noEmail])
      expect(await prisma.booking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
        status: 'CANCELLED',
        cancelledBy: 'STAFF',
        cancelReason: 'SCHEDULE_CHANGE',
        cancelNote: reason,
        cancelledAt: NOW,
      });
    expect(await prisma.slotClaim.count({ where: { bookingId: { in: [lost.id, noEmail.id] } } })).toBe(0);
    expect(await prisma.contactLock.count({ where: { bookingId: lost.id } })).toBe(0);
    expect(
      (await prisma.openingRule.findFirstOrThrow({ where: { categoryId: t.category.id, weekday: 2 } }))
        .closesAt,
    ).toBe(parseHm('10:00'));

    const mail = await prisma.outboxMessage.findMany({
      where: { bookingId: { in: [lost.id, noEmail.id] } },
      orderBy: { channel: 'asc' },
    });
    // The phone booking has no address: its resident is told by SMS (decision 038).
    expect(mail).toHaveLength(2);
    expect(mail[0]).toMatchObject({
      channel: 'EMAIL',
      recipient: lost.email,
      dedupeKey: `cancelled:${lost.id}`,
    });
    expect(mail[1]).toMatchObject({
      channel: 'SMS',
      recipient: '+48600100201',
      dedupeKey: `cancelled:${noEmail.id}`,
    });
    const sms = await contentOf(mail[1]!);
    expect(sms.text).toContain(`urząd odwołał wizytę ${noEmail.reference}`);
    expect(sms.text).toContain(`Powód: ${reason}`);
    const { subject, text } = await contentOf(mail[0]!);
    expect(subject).toContain(lost.reference);
    expect(text).toContain(`Powód: ${reason}`);
    expect(text).toContain('wtorek, 2 marca 2027, 11:30');
    expect(text).toContain('77 54 11 361');
    expect(text).toMatch(/\/rezerwacja\/test-[0-9a-f]+\/kat-[0-9a-f]+/);

    const audit = await prisma.auditLog.findMany({
      where: { entityId: { in: [t.category.id, lost.id, noEmail.id] } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ['booking.cancelled-by-schedule', lost.id],
      ['booking.cancelled-by-schedule', noEmail.id],
      ['schedule.rules-changed', t.category.id],
    ]);
    expect(audit[0]!.data).toMatchObject({
      reference: lost.reference,
      reason,
      cause: 'schedule.rules-changed',
    });
    expect(audit[2]!.data).toMatchObject({ cancelledBookings: 2 });
  });

  it('fewer counters: whoever booked first keeps the seat, and the seats left are renumbered so no one can overbook', async () => {
    const t = await createTestCategory({ counters: 3 });
    const time = at(TUE, '08:00');
    const first = await createTestBooking(t, time, { seat: 3 });
    const second = await createTestBooking(t, time, { seat: 1 });
    const third = await createTestBooking(t, time, { seat: 2 });
    const rules = week({ 2: [block(2, '08:00', '12:00', 15, 2)] });
    const e = await caught(saveOpeningRules(admin, { categoryId: t.category.id, rules }, NOW));
    expect(e.affected.map((r) => r.id)).toEqual([third.id]);

    await saveOpeningRules(
      admin,
      { categoryId: t.category.id, rules, confirmation: { expected: [third.id], reason: 'mniej stanowisk' } },
      NOW,
    );
    const seats = await prisma.slotClaim.findMany({ where: { categoryId: t.category.id, startsAt: time } });
    expect(seats.map((s) => [s.bookingId, s.seat]).sort()).toEqual(
      [
        [first.id, 2],
        [second.id, 1],
      ].sort(),
    );
    const [day] = await listCalendarDays(t.category.id, TUE, TUE, NOW);
    expect(day!.freeSlots.find((s) => s.startsAt.getTime() === time.getTime())).toBeUndefined();
    await expect(
      holdSlot({ categoryId: t.category.id, matterId: t.matter.id, startsAt: time, now: NOW }),
    ).rejects.toMatchObject({
      code: 'SLOT_TAKEN',
    });
  });

  it('refuses a confirmation whose list is no longer the current one, showing the new list', async () => {
    const t = await createTestCategory();
    const seen = await createTestBooking(t, at(TUE, '11:30'));
    const rules = week({ 2: [block(2, '08:00', '10:00')] });
    const e1 = await caught(saveOpeningRules(admin, { categoryId: t.category.id, rules }, NOW));
    expect(e1.affected.map((r) => r.id)).toEqual([seen.id]);
    // Someone books another vanishing time before the administrator confirms.
    const late = await createTestBooking(t, at(TUE, '10:15'));
    const e2 = await caught(
      saveOpeningRules(
        admin,
        { categoryId: t.category.id, rules, confirmation: { expected: [seen.id], reason: 'zmiana godzin' } },
        NOW,
      ),
    );
    expect(e2.userMessage).toMatch(/w międzyczasie zmieniły się rezerwacje/);
    expect(e2.affected.map((r) => r.id)).toEqual([late.id, seen.id]);
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: seen.id } })).status).toBe('CONFIRMED');
    expect(await prisma.outboxMessage.count({ where: { bookingId: seen.id } })).toBe(0);
  });

  it('asks for the reason again (with the list) when it is missing', async () => {
    const t = await createTestCategory();
    const b = await createTestBooking(t, at(TUE, '11:30'));
    const e = await caught(
      saveOpeningRules(
        admin,
        {
          categoryId: t.category.id,
          rules: week({ 2: [] }),
          confirmation: { expected: [b.id], reason: '' },
        },
        NOW,
      ),
    );
    expect(e).toMatchObject({ field: 'cancelReason', affected: [expect.objectContaining({ id: b.id })] });
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: b.id } })).status).toBe('CONFIRMED');
  });
});

describe('release horizon', () => {
  it('is saved and audited; shortening it keeps visits already booked further out', async () => {
    const t = await createTestCategory();
    const far = await createTestBooking(t, at('2027-03-26', '09:00'));
    await expect(saveHorizon(admin, { categoryId: t.category.id, horizonDays: 7 })).resolves.toEqual({
      changed: true,
      horizonDays: 7,
    });
    expect(
      (await prisma.serviceCategory.findUniqueOrThrow({ where: { id: t.category.id } })).horizonDays,
    ).toBe(7);
    const [last, beyond] = await listCalendarDays(t.category.id, '2027-03-08', '2027-03-09', NOW);
    expect([last!.state, beyond!.state]).toEqual(['available', 'not-released']);
    expect(
      await prisma.auditLog.findFirst({
        where: { entityId: t.category.id, action: 'schedule.horizon-changed' },
      }),
    ).toMatchObject({ data: { before: 30, after: 7 } });
    // A rules change afterwards does not treat the far visit as dropped.
    await expect(
      saveOpeningRules(
        admin,
        { categoryId: t.category.id, rules: week({ 5: [block(5, '08:00', '11:00')] }) },
        NOW,
      ),
    ).resolves.toEqual({ changed: true, cancelled: 0 });
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: far.id } })).status).toBe('CONFIRMED');
  });
});
