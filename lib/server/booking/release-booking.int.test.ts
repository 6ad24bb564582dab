import { afterAll, describe, expect, it } from 'vitest';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { openTransaction, waitForWaiters } from '@/lib/testing/locks';
import { markConfirmed } from './confirm-booking';
import { prisma } from '@/lib/server/core/db';
import { releaseBookings } from './release-booking';
import { requestTestBooking } from '@/lib/testing/request-test-booking';
import {
  NOW as now,
  STARTS_AT as startsAt,
  later,
  residentEmail as email,
} from '@/lib/testing/booking-clock';

afterAll(() => prisma.$disconnect());

async function setup() {
  const t = await createTestCategory({ counters: 1, holdMinutes: 60 });
  const request = (address: string, at: Date, when: Date) =>
    requestTestBooking(t, { startsAt: at, now: when, details: { email: address } });
  const outcome = (address: string, at: Date, when: Date) =>
    request(address, at, when).then(
      () => 'held',
      (e: { code?: string }) => e.code ?? String(e),
    );
  return { ...t, request, outcome };
}

/** Live bookings of a time: confirmed or later, or holds whose time has not run out at `at`. */
const liveAt = (categoryId: string, time: Date, at: Date) =>
  prisma.booking.count({
    where: {
      categoryId,
      startsAt: time,
      OR: [
        { status: { in: ['CONFIRMED', 'CHECKED_IN', 'SERVED', 'NO_SHOW'] } },
        { status: 'HELD', holdExpiresAt: { gt: at } },
      ],
    },
  });

describe('expiry racing a confirmation', () => {
  it.each([
    ['another resident holds the same time', () => [email(), startsAt] as const, 'SLOT_TAKEN'],
    [
      'the same resident books another time',
      (address: string) => [address, new Date(startsAt.getTime() + 15 * 60_000)] as const,
      'CONTACT_BUSY',
    ],
  ])(
    'a hold confirmed while the expiry waits keeps its seat and its contact: %s',
    async (_what, next, refusal) => {
      const { category, request, outcome } = await setup();
      const address = email();
      // Held at 07:00 for 60 minutes; the second request comes at 08:01, past the expiry.
      const first = await request(address, startsAt, now);
      // The code is typed at 07:59: the confirmation is written, not yet committed.
      const confirming = openTransaction((tx) => markConfirmed(tx, first.bookingId, first.token, later(59)));
      const pid = await confirming.opened;
      const [who, when] = next(address);
      const second = outcome(who, when, later(61));
      // The expiry's conditional update now waits for the confirmation's row lock.
      await waitForWaiters(pid, 1);
      confirming.commit();
      await confirming.done;

      expect(await second).toBe(refusal);
      const kept = await prisma.booking.findUniqueOrThrow({
        where: { id: first.bookingId },
        select: {
          status: true,
          claim: { select: { seat: true } },
          contactLocks: { select: { value: true } },
        },
      });
      expect(kept).toEqual({ status: 'CONFIRMED', claim: { seat: 1 }, contactLocks: [{ value: address }] });
      expect(await liveAt(category.id, startsAt, later(61))).toBe(1);
      expect(await prisma.slotClaim.count({ where: { categoryId: category.id } })).toBe(1);
    },
  );
});

describe('releaseBookings', () => {
  it('frees only what the given bookings no longer hold: never a live visit’s seat or contact', async () => {
    const t = await createTestCategory({ counters: 9 });
    const visitEnds = new Date(startsAt.getTime() + 15 * 60_000);
    const byStatus = {} as Record<string, string>;
    const statuses = [
      'HELD',
      'CONFIRMED',
      'CHECKED_IN',
      'SERVED',
      'NO_SHOW',
      'CANCELLED',
      'EXPIRED',
    ] as const;
    for (const [i, status] of statuses.entries()) {
      const b = await createTestBooking(t, startsAt, { status, seat: i + 1 });
      if (['CANCELLED', 'EXPIRED'].includes(status))
        await prisma.slotClaim.create({
          data: { categoryId: t.category.id, startsAt, seat: i + 1, bookingId: b.id },
        });
      await prisma.contactLock.create({
        data: { categoryId: t.category.id, kind: 'EMAIL', value: b.email!, bookingId: b.id },
      });
      byStatus[status] = b.id;
    }
    const ids = Object.values(byStatus);
    const state = async () => {
      const rows = await prisma.booking.findMany({
        where: { id: { in: ids } },
        select: {
          status: true,
          claim: { select: { seat: true } },
          _count: { select: { contactLocks: true } },
        },
      });
      return Object.fromEntries(rows.map((r) => [r.status, [!!r.claim, r._count.contactLocks > 0]]));
    };

    // Before the visit: seats go only with a cancellation or expiry, contacts also once served or missed.
    await releaseBookings(prisma, ids, now);
    expect(await state()).toEqual({
      HELD: [true, true],
      CONFIRMED: [true, true],
      CHECKED_IN: [true, true],
      SERVED: [true, false],
      NO_SHOW: [true, false],
      CANCELLED: [false, false],
      EXPIRED: [false, false],
    });
    // Once the visit is over, no contact counts as live any more; seats stay with what was used.
    await releaseBookings(prisma, ids, visitEnds);
    expect(await state()).toEqual({
      HELD: [true, false],
      CONFIRMED: [true, false],
      CHECKED_IN: [true, false],
      SERVED: [true, false],
      NO_SHOW: [true, false],
      CANCELLED: [false, false],
      EXPIRED: [false, false],
    });
  });
});
