import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { atLocalTime, parseHm } from '@/lib/domain/time';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { listCalendarDays } from './list-calendar-days';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { holdSlot } from '@/lib/server/booking/hold-slot';
import { addClosure } from './add-closure';
import { removeClosure } from './remove-closure';
import { BookingsAffectedError } from './lock-schedules';
import { rejection } from '@/lib/testing/rejection';
import { contentOf } from '@/lib/testing/outbox';

// The guard module reads the session through next-auth; the use cases only need its office check.
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));

afterAll(() => prisma.$disconnect());

// Monday 2027-03-01, 07:00 in Opole. Fixture categories are open Mon–Fri 08:00–12:00.
const NOW = new Date('2027-03-01T06:00:00Z');
const FRI = '2027-03-05';
const at = (date: string, hm: string) => atLocalTime(date, parseHm(hm));

let admin: Staff;
beforeAll(async () => {
  admin = { ...(await createTestStaff('ADMIN')), name: 'Administrator testowy' };
});

const caught = (p: Promise<unknown>) => rejection(p, BookingsAffectedError);

/** A second category in the same office as `t` (with a ticket letter of its own). */
async function siblingOf(t: Awaited<ReturnType<typeof createTestCategory>>) {
  const other = await createTestCategory({ ticketPrefix: 'B' });
  await prisma.serviceCategory.update({ where: { id: other.category.id }, data: { officeId: t.office.id } });
  return { ...other, office: t.office };
}

describe('closures', () => {
  it('closing next Friday for staff training: that day turns non-bookable for this category only', async () => {
    const t = await createTestCategory();
    const other = await siblingOf(t);
    const message = await addClosure(
      admin,
      {
        categoryId: t.category.id,
        scope: 'category',
        fromDate: FRI,
        toDate: FRI,
        reason: 'szkolenie pracowników',
      },
      NOW,
    );
    expect(message).toEqual({ closed: t.category.name, fromDate: FRI, toDate: FRI, cancelled: 0 });
    const [friday] = await listCalendarDays(t.category.id, FRI, FRI, NOW);
    expect(friday).toEqual({ date: FRI, state: 'closed', reason: 'szkolenie pracowników', freeSlots: [] });
    const [otherFriday] = await listCalendarDays(other.category.id, FRI, FRI, NOW);
    expect(otherFriday!.state).toBe('available');
    await expect(
      holdSlot({ categoryId: t.category.id, matterId: t.matter.id, startsAt: at(FRI, '09:00'), now: NOW }),
    ).rejects.toMatchObject({ code: 'SLOT_UNAVAILABLE' });

    const closure = await prisma.closure.findFirstOrThrow({ where: { categoryId: t.category.id } });
    expect(closure).toMatchObject({
      officeId: t.office.id,
      createdById: admin.id,
      reason: 'szkolenie pracowników',
    });
    expect(
      await prisma.auditLog.findFirst({
        where: { entity: 'Closure', entityId: closure.id, action: 'schedule.closure-added' },
      }),
    ).toMatchObject({
      actorId: admin.id,
      data: { fromDate: FRI, toDate: FRI, reason: 'szkolenie pracowników' },
    });
  });

  it('a whole-office range over booked days is refused with the bookings of every category, then cancelled on confirmation', async () => {
    const t = await createTestCategory();
    const other = await siblingOf(t);
    const a = await createTestBooking(t, at('2027-03-03', '09:00'));
    const b = await createTestBooking(other, at('2027-03-04', '10:00'));
    const outside = await createTestBooking(t, at('2027-03-05', '09:00'));
    const input = {
      categoryId: t.category.id,
      scope: 'office' as const,
      fromDate: '2027-03-03',
      toDate: '2027-03-04',
      reason: 'awaria systemu',
    };
    const e = await caught(addClosure(admin, input, NOW));
    expect(e.affected.map((r) => [r.reference, r.category])).toEqual([
      [a.reference, t.category.name],
      [b.reference, other.category.name],
    ]);
    expect(await prisma.closure.count({ where: { officeId: t.office.id } })).toBe(0);

    const message = await addClosure(
      admin,
      { ...input, confirmation: { expected: [a.id, b.id], reason: 'awaria systemu w urzędzie' } },
      NOW,
    );
    expect(message).toMatchObject({ cancelled: 2 });
    const after = await prisma.booking.findMany({ where: { id: { in: [a.id, b.id, outside.id] } } });
    expect(Object.fromEntries(after.map((x) => [x.id, x.status]))).toEqual({
      [a.id]: 'CANCELLED',
      [b.id]: 'CANCELLED',
      [outside.id]: 'CONFIRMED',
    });
    expect(await prisma.slotClaim.count({ where: { bookingId: { in: [a.id, b.id] } } })).toBe(0);
    const mail = await prisma.outboxMessage.findMany({ where: { bookingId: { in: [a.id, b.id] } } });
    expect(mail.map((m) => m.recipient).sort()).toEqual([a.email, b.email].sort());
    expect((await contentOf(mail[0]!)).text).toContain('Powód: awaria systemu w urzędzie');
    expect(
      await prisma.auditLog.count({
        where: { action: 'booking.cancelled-by-schedule', entityId: { in: [a.id, b.id] } },
      }),
    ).toBe(2);
    const closure = await prisma.closure.findFirstOrThrow({ where: { officeId: t.office.id } });
    expect(closure.categoryId).toBeNull();
    for (const c of [t, other])
      expect(
        (await listCalendarDays(c.category.id, '2027-03-03', '2027-03-04', NOW)).map((d) => d.state),
      ).toEqual(['closed', 'closed']);
  });

  it('refuses a day that has passed', async () => {
    const t = await createTestCategory();
    await expect(
      addClosure(
        admin,
        {
          categoryId: t.category.id,
          scope: 'category',
          fromDate: '2027-02-26',
          toDate: '2027-03-02',
          reason: 'remont',
        },
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'PAST', field: 'fromDate' });
  });

  it('removing a closure reopens its days and is audited', async () => {
    const t = await createTestCategory();
    await addClosure(
      admin,
      { categoryId: t.category.id, scope: 'category', fromDate: FRI, toDate: FRI, reason: 'inwentaryzacja' },
      NOW,
    );
    const closure = await prisma.closure.findFirstOrThrow({ where: { categoryId: t.category.id } });
    await expect(removeClosure(admin, closure.id)).resolves.toEqual({ fromDate: FRI, toDate: FRI });
    expect((await listCalendarDays(t.category.id, FRI, FRI, NOW))[0]!.state).toBe('available');
    expect(
      await prisma.auditLog.findFirst({
        where: { entityId: closure.id, action: 'schedule.closure-removed' },
      }),
    ).toMatchObject({ data: { reason: 'inwentaryzacja', fromDate: FRI } });
    await expect(removeClosure(admin, closure.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('public holidays', () => {
  it.each([
    ['2027-03-29', 'Drugi dzień Wielkanocy'], // Easter Monday 2027
    ['2027-05-27', 'Dzień Bożego Ciała'], // Corpus Christi 2027, a Thursday
    ['2027-05-03', 'Święto Narodowe Trzeciego Maja'],
  ])('%s (%s) is closed in the calendar and cannot be booked, without any closure', async (date, name) => {
    const t = await createTestCategory();
    const now = new Date(`${date.slice(0, 8)}01T06:00:00Z`);
    const [day] = await listCalendarDays(t.category.id, date, date, now);
    expect(day).toEqual({ date, state: 'closed', reason: name, freeSlots: [] });
    await expect(
      holdSlot({ categoryId: t.category.id, matterId: t.matter.id, startsAt: at(date, '09:00'), now }),
    ).rejects.toMatchObject({ code: 'SLOT_UNAVAILABLE' });
    // The working day after is open as usual.
    const [next] = await listCalendarDays(
      t.category.id,
      '2027-05-28',
      '2027-05-28',
      new Date('2027-05-01T06:00:00Z'),
    );
    expect(next!.state).toBe('available');
  });
});
