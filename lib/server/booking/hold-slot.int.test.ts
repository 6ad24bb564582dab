import { afterAll, describe, expect, it } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
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

  it('a hold racing a schedule change that removes its time waits for it and is refused', async () => {
    const { category, matter } = await createTestCategory();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const lockTaken = new Promise<void>((r) => (locked = r));
    // A schedule change as lib/server/schedule/lock-schedules.ts makes it: category row locked first.
    const change = prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "ServiceCategory" WHERE id = ${category.id}::uuid FOR UPDATE`;
      await tx.openingRule.deleteMany({ where: { categoryId: category.id } });
      locked();
      await gate;
    });
    await lockTaken;
    const hold = holdSlot({ categoryId: category.id, matterId: matter.id, startsAt, now }).then(
      () => 'held',
      (e: AppError) => e.code,
    );
    await new Promise((r) => setTimeout(r, 300));
    release();
    await change;
    expect(await hold).toBe('SLOT_UNAVAILABLE');
    expect(await prisma.booking.count({ where: { categoryId: category.id } })).toBe(0);
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
