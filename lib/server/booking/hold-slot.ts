import 'server-only';
import { holdExpiry } from '@/lib/domain/booking-rules';
import { planDay } from '@/lib/domain/schedule';
import { localDateOf } from '@/lib/domain/time';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type BookingRow, insertBooking } from './insert-booking';
import { claimSeat } from './claim-seat';
import { expireStaleHolds } from './expire-stale-holds';
import { loadScheduleInput } from '@/lib/server/schedule/load-schedule-input';

export type HoldInput = {
  categoryId: string;
  matterId: string;
  startsAt: Date;
  now: Date;
  /** Extra columns of the booking (contact, regulations, channel…), set by the calling use case. */
  booking?: Omit<BookingRow, 'officeId' | 'categoryId' | 'matterId' | 'startsAt' | 'endsAt'>;
  /** Runs inside the same transaction once the seat is claimed (contact locks, outbox…). */
  inTransaction?: (tx: Tx, booking: { id: string; reference: string }) => Promise<void>;
};

export type Hold = {
  id: string;
  reference: string;
  kioskCode: string;
  startsAt: Date;
  endsAt: Date;
  holdExpiresAt: Date | null;
};

/** Holds a time for a resident (or books it for a caller): all or nothing, never over capacity. */
export async function holdSlot(input: HoldInput): Promise<Hold> {
  const { categoryId, matterId, startsAt, now } = input;
  const category = await prisma.serviceCategory.findUniqueOrThrow({
    where: { id: categoryId },
    select: {
      officeId: true,
      office: { select: { shortName: true } },
      matters: { where: { id: matterId, active: true }, select: { id: true } },
    },
  });
  if (!category.matters.length) throw new AppError('MATTER_UNKNOWN', { field: 'matterId' });

  return prisma.$transaction(
    async (tx) => {
      // The category row is share-locked before the schedule is read: a schedule change (which
      // locks it FOR UPDATE, lib/server/schedule/lock-schedules.ts) either committed before, and
      // its rules are what we read, or waits for this booking and then sees it.
      await tx.$queryRaw`SELECT id FROM "ServiceCategory" WHERE id = ${categoryId}::uuid FOR SHARE`;
      const schedule = await loadScheduleInput(categoryId, now, tx);
      const slot = planDay(localDateOf(startsAt), schedule).slots.find(
        (s) => s.startsAt.getTime() === startsAt.getTime(),
      );
      if (!slot) throw new AppError('SLOT_UNAVAILABLE');
      await expireStaleHolds(tx, { categoryId, startsAt }, now);
      const booking = await insertBooking(
        tx,
        {
          holdExpiresAt: holdExpiry(now, schedule.holdMinutes, slot.startsAt),
          ...input.booking,
          officeId: category.officeId,
          categoryId,
          matterId,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
        },
        category.office.shortName[0]!,
      );
      await claimSeat(tx, categoryId, slot.startsAt, booking.id, slot.capacity);
      await input.inTransaction?.(tx, booking);
      return booking;
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
}
