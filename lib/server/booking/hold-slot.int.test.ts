import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { openTransaction, waitForWaiters } from '@/lib/testing/locks';
import { getSchedule } from '@/lib/server/schedule/get-schedule';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { holdSlot } from './hold-slot';
import { countTakenSeats } from '@/lib/server/schedule/load-schedule-input';

afterAll(() => prisma.$disconnect());

// Tuesday 1 December 2026, 07:00 in Opole; the time held is Wednesday 08:00 (07:00Z).
const now = new Date('2026-12-01T06:00:00Z');
const startsAt = new Date('2026-12-02T07:00:00Z');

describe('holdSlot', () => {
  it('lets exactly 3 of 20 concurrent holds take a time with 3 counters, and refuses the rest cleanly', async () => {
    const { category, matter } = await createTestCategory({ counters: 3 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        holdSlot({ categoryId: category.id, matterId: matter.id, startsAt, now }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(3);
    expect(refused).toHaveLength(17);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).code).toBe('SLOT_TAKEN');
    }
    expect(await prisma.slotClaim.count({ where: { categoryId: category.id, startsAt } })).toBe(3);
    expect(await prisma.booking.count({ where: { categoryId: category.id } })).toBe(3); // the refused left nothing
    const seats = await prisma.slotClaim.findMany({
      where: { categoryId: category.id },
      select: { seat: true },
    });
    expect(seats.map((s) => s.seat).sort()).toEqual([1, 2, 3]);
  });

  // The hold plans from this process's copy of the schedule, made before the change (the calendar
  // or an earlier hold read it); the change is made as lib/server/schedule/lock-schedules.ts makes
  // it (the category row locked first) and commits only once the hold waits for it.
  it.each([
    ['its opening rules removed', `DELETE FROM "OpeningRule" WHERE "categoryId" = $1`],
    [
      'its office closed that day',
      `INSERT INTO "Closure" (id, "officeId", "fromDate", "toDate", reason)
       SELECT gen_random_uuid(), "officeId", '2026-12-02', '2026-12-02', 'Awaria' FROM "ServiceCategory" WHERE id = $1`,
    ],
    [
      'its release horizon shortened to today',
      `UPDATE "ServiceCategory" SET "horizonDays" = 0 WHERE id = $1`,
    ],
  ])('a booking cannot land on a time a concurrent schedule change removes: %s', async (_what, sql) => {
    const { category, matter } = await createTestCategory();
    expect(await getSchedule(category.id)).not.toBeNull(); // the copy, made before the change
    const change = openTransaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "ServiceCategory" WHERE id = ${category.id}::uuid FOR UPDATE`;
      await tx.$executeRawUnsafe(sql, category.id);
    });
    const pid = await change.opened;
    const hold = holdSlot({ categoryId: category.id, matterId: matter.id, startsAt, now }).then(
      () => 'held',
      (e: AppError) => e.code,
    );
    await waitForWaiters(pid, 1);
    change.commit();
    await change.done;
    expect(await hold).toBe('SLOT_UNAVAILABLE');
    expect(await prisma.booking.count({ where: { categoryId: category.id } })).toBe(0);
  });

  it('plans from the schedule as it is, whatever this process remembers and whoever changed it', async () => {
    const { category, matter } = await createTestCategory({ weekdays: [3] }); // Wednesdays only
    const thursday = new Date('2026-12-03T07:00:00Z');
    await getSchedule(category.id); // remembered before both changes
    // Changed elsewhere (another instance, psql): no notification reaches this process.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query(
        `INSERT INTO "OpeningRule" (id, "categoryId", weekday, "opensAt", "closesAt", "slotMinutes", counters)
         VALUES (gen_random_uuid(), $1, 4, 480, 720, 15, 3)`,
        [category.id],
      );
      await other.query(`DELETE FROM "OpeningRule" WHERE "categoryId" = $1 AND weekday = 3`, [category.id]);
    } finally {
      await other.end();
    }
    const hold = (at: Date) =>
      holdSlot({ categoryId: category.id, matterId: matter.id, startsAt: at, now }).then(
        () => 'held',
        (e: AppError) => e.code,
      );
    expect(await hold(thursday)).toBe('held'); // a time the copy does not know
    expect(await hold(startsAt)).toBe('SLOT_UNAVAILABLE'); // a time the copy still offers
  });

  it('has a schedule version the database moves with every change of the times, and only then', async () => {
    const a = await createTestCategory();
    const b = await prisma.serviceCategory.create({
      data: {
        officeId: a.office.id,
        slug: `druga-${crypto.randomUUID().slice(0, 8)}`,
        name: 'Druga',
        ticketPrefix: 'Z',
      },
      select: { id: true },
    });
    const versions = async () =>
      (
        await prisma.serviceCategory.findMany({
          where: { id: { in: [a.category.id, b.id] } },
          select: { id: true, scheduleVersion: true },
        })
      ).reduce<Record<string, number>>(
        (o, c) => ({ ...o, [c.id === b.id ? 'b' : 'a']: c.scheduleVersion }),
        {},
      );
    const start = await versions();
    const steps: [string, () => Promise<unknown>, { a: number; b: number }][] = [
      [
        'a rule added',
        () =>
          prisma.openingRule.create({
            data: {
              categoryId: a.category.id,
              weekday: 6,
              opensAt: 480,
              closesAt: 600,
              slotMinutes: 15,
              counters: 1,
            },
          }),
        { a: 1, b: 0 },
      ],
      [
        'a rule changed',
        () =>
          prisma.openingRule.updateMany({
            where: { categoryId: a.category.id, weekday: 6 },
            data: { counters: 2 },
          }),
        { a: 1, b: 0 },
      ],
      [
        'a rule removed',
        () => prisma.openingRule.deleteMany({ where: { categoryId: a.category.id, weekday: 6 } }),
        { a: 1, b: 0 },
      ],
      [
        'a closure of the category',
        () =>
          prisma.closure.create({
            data: {
              officeId: a.office.id,
              categoryId: a.category.id,
              fromDate: new Date('2027-01-05'),
              toDate: new Date('2027-01-05'),
              reason: 'x',
            },
          }),
        { a: 1, b: 0 },
      ],
      [
        'a closure of the office',
        () =>
          prisma.closure.create({
            data: {
              officeId: a.office.id,
              fromDate: new Date('2027-01-06'),
              toDate: new Date('2027-01-06'),
              reason: 'y',
            },
          }),
        { a: 1, b: 1 },
      ],
      [
        'closures removed',
        () => prisma.closure.deleteMany({ where: { officeId: a.office.id } }),
        { a: 2, b: 1 },
      ],
      [
        'the horizon',
        () => prisma.serviceCategory.update({ where: { id: a.category.id }, data: { horizonDays: 14 } }),
        { a: 1, b: 0 },
      ],
      [
        'the hold minutes',
        () => prisma.serviceCategory.update({ where: { id: b.id }, data: { holdMinutes: 30 } }),
        { a: 0, b: 1 },
      ],
      [
        'the name and phone-only mode',
        () =>
          prisma.serviceCategory.update({
            where: { id: a.category.id },
            data: { name: 'Inna', phoneOnly: true },
          }),
        { a: 0, b: 0 },
      ],
      [
        'the horizon set to what it is',
        () => prisma.serviceCategory.update({ where: { id: a.category.id }, data: { horizonDays: 14 } }),
        { a: 0, b: 0 },
      ],
    ];
    let before = start;
    for (const [what, change, moved] of steps) {
      await change();
      const after = await versions();
      expect({ what, a: after.a! - before.a!, b: after.b! - before.b! }).toEqual({ what, ...moved });
      before = after;
    }
  });

  it('treats a hold whose time ran out as free at once, and a new hold takes its seat', async () => {
    const { category, matter } = await createTestCategory({ counters: 1, holdMinutes: 60 });
    const first = await holdSlot({ categoryId: category.id, matterId: matter.id, startsAt, now });
    await expect(
      holdSlot({ categoryId: category.id, matterId: matter.id, startsAt, now }),
    ).rejects.toMatchObject({
      code: 'SLOT_TAKEN',
    });
    const at60 = new Date(now.getTime() + 60 * 60_000);
    const day = [new Date('2026-12-02T00:00:00Z'), new Date('2026-12-03T00:00:00Z')] as const;
    expect(
      (await countTakenSeats(category.id, ...day, new Date(at60.getTime() - 1))).get(startsAt.getTime()),
    ).toBe(1);
    expect((await countTakenSeats(category.id, ...day, at60)).get(startsAt.getTime())).toBeUndefined();
    const second = await holdSlot({ categoryId: category.id, matterId: matter.id, startsAt, now: at60 });
    expect(second.id).not.toBe(first.id);
    const old = await prisma.booking.findUniqueOrThrow({ where: { id: first.id }, select: { status: true } });
    expect(old.status).toBe('EXPIRED');
  });

  it.each([
    ['a time that is not on the schedule', new Date('2026-12-02T07:05:00Z'), now],
    ['a Saturday', new Date('2026-12-05T08:00:00Z'), now],
    ['a time that has already begun', new Date('2026-12-01T07:00:00Z'), new Date('2026-12-01T07:01:00Z')],
    ['a day beyond the release horizon', new Date('2027-01-05T08:00:00Z'), now],
  ])('refuses %s', async (_what, at, at_now) => {
    const { category, matter } = await createTestCategory();
    await expect(
      holdSlot({ categoryId: category.id, matterId: matter.id, startsAt: at, now: at_now }),
    ).rejects.toMatchObject({
      code: 'SLOT_UNAVAILABLE',
    });
  });
});
