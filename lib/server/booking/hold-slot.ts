import 'server-only';
import { holdExpiry } from '@/lib/domain/booking-rules';
import { type Slot, planDay } from '@/lib/domain/schedule';
import { localDateOf } from '@/lib/domain/time';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Schedule, getSchedule, readSchedule } from '@/lib/server/schedule/get-schedule';
import { type BookingRow, insertBooking } from './insert-booking';
import { claimSeat } from './claim-seat';
import { expireStaleHolds } from './expire-stale-holds';

/** The category as it stands under its lock: what a caller's own rules decide on. */
export type LockedCategory = {
  active: boolean;
  phoneOnly: boolean;
  /** The matter held for, when it is an active matter of the category. */
  matter: { requiresApplicationNumber: boolean } | null;
  /** Whether one of HoldInput.contacts is blocked at the office now. */
  blocked: boolean;
};

export type HoldInput = {
  categoryId: string;
  matterId: string;
  startsAt: Date;
  now: Date;
  /** Extra columns of the booking (contact, regulations, channel…), set by the calling use case. */
  booking?: Omit<BookingRow, 'officeId' | 'categoryId' | 'matterId' | 'startsAt' | 'endsAt'>;
  /** Contacts whose block at the office is read with the category (for `check`). */
  contacts?: { email?: string; phone?: string };
  /** The caller's own rules on the category under its lock (phone-only, a block…): throw to refuse. */
  check?: (category: LockedCategory) => void;
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

const TX = { maxWait: 20_000, timeout: 20_000 };

/** The slot starting at `startsAt` as the schedule offers it at `now`, if any. */
function slotOf(schedule: Schedule, startsAt: Date, now: Date): Slot | undefined {
  const at = startsAt.getTime();
  return planDay(localDateOf(startsAt), { ...schedule, now }, schedule.plans).slots.find(
    (s) => s.startsAt.getTime() === at,
  );
}

type Locked = {
  version: number;
  active: boolean;
  phoneOnly: boolean;
  officeLetter: string;
  matterActive: boolean;
  requiresApplicationNumber: boolean | null;
  blocked: boolean;
  taken: number;
  stale: number;
};

/**
 * One statement: the category's row locked FOR SHARE, then, read with it, its schedule version,
 * what the caller's rules need (active, phone-only, the matter, a block of the contacts), and the
 * time's seats: claimed, and of those held by holds that ran out. A schedule change bumps the
 * version by updating this row (migration 20261207140000), so it either committed before the
 * lock, and its version is what we read, or waits for this transaction to end.
 */
async function lockCategory(tx: Tx, input: HoldInput): Promise<Locked | undefined> {
  const { categoryId, matterId, startsAt, now } = input;
  const email = input.contacts?.email ?? null;
  const phone = input.contacts?.phone ?? null;
  const [row] = await tx.$queryRaw<Locked[]>`
    SELECT c."scheduleVersion" AS version, c.active, c."phoneOnly", left(o."shortName", 1) AS "officeLetter",
      m.id IS NOT NULL AS "matterActive", m."requiresApplicationNumber",
      EXISTS (SELECT 1 FROM "ContactBlock" k
              WHERE k."officeId" = c."officeId" AND k."liftedAt" IS NULL
                AND k."startsAt" <= ${now} AND k."endsAt" > ${now}
                AND ((k.kind = 'EMAIL' AND k.value = ${email}::text) OR (k.kind = 'PHONE' AND k.value = ${phone}::text))
      ) AS blocked,
      (SELECT count(*)::int FROM "SlotClaim" s WHERE s."categoryId" = c.id AND s."startsAt" = ${startsAt}) AS taken,
      (SELECT count(*)::int FROM "SlotClaim" s JOIN "Booking" b ON b.id = s."bookingId"
       WHERE s."categoryId" = c.id AND s."startsAt" = ${startsAt}
         AND b.status = 'HELD' AND b."holdExpiresAt" <= ${now}) AS stale
    FROM "ServiceCategory" c
    JOIN "Office" o ON o.id = c."officeId"
    LEFT JOIN "Matter" m ON m.id = ${matterId}::uuid AND m."categoryId" = c.id AND m.active
    WHERE c.id = ${categoryId}::uuid
    FOR SHARE OF c`;
  return row;
}

/**
 * Holds a time for a resident (or books it for a caller): all or nothing, never over capacity.
 * The time is planned from this process's copy of the schedule, outside any transaction; then
 * one short transaction locks the category (lockCategory), plans again only if the schedule
 * changed since the copy was read, refuses a full time at once, and inserts the booking and its
 * seat (the seat's primary key decides a race for it), then runs `inTransaction`.
 */
export async function holdSlot(input: HoldInput): Promise<Hold> {
  const { categoryId, matterId, startsAt, now } = input;
  const copy = await getSchedule(categoryId);
  if (!copy) throw new AppError('MATTER_UNKNOWN', { field: 'matterId' });
  let plan = { schedule: copy, slot: slotOf(copy, startsAt, now) };
  // A time the copy does not offer may have been added since: the schedule itself says.
  if (!plan.slot) {
    const schedule = (await readSchedule(categoryId)) ?? copy;
    plan = { schedule, slot: slotOf(schedule, startsAt, now) };
  }
  if (!plan.slot) throw new AppError('SLOT_UNAVAILABLE');

  return prisma.$transaction(async (tx) => {
    const locked = await lockCategory(tx, input);
    if (!locked?.matterActive) throw new AppError('MATTER_UNKNOWN', { field: 'matterId' });
    input.check?.({
      active: locked.active,
      phoneOnly: locked.phoneOnly,
      matter: { requiresApplicationNumber: !!locked.requiresApplicationNumber },
      blocked: locked.blocked,
    });
    let { schedule, slot } = plan;
    if (locked.version !== schedule.version) {
      // Read under the lock: this is the schedule until the transaction ends.
      schedule = (await readSchedule(categoryId, tx))!;
      slot = slotOf(schedule, startsAt, now);
    }
    if (!slot) throw new AppError('SLOT_UNAVAILABLE');
    // A full time is refused before anything is written; a seat held by a hold that ran out is
    // freed first (expireStaleHolds), as before every hold of the time.
    if (locked.stale) await expireStaleHolds(tx, { categoryId, startsAt }, now);
    if (locked.taken - locked.stale >= slot.capacity) throw new AppError('SLOT_TAKEN');
    const booking = await insertBooking(
      tx,
      {
        holdExpiresAt: holdExpiry(now, schedule.holdMinutes, slot.startsAt),
        ...input.booking,
        officeId: schedule.officeId,
        categoryId,
        matterId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      },
      locked.officeLetter,
    );
    await claimSeat(tx, categoryId, slot.startsAt, booking.id, slot.capacity);
    await input.inTransaction?.(tx, booking);
    return booking;
  }, TX);
}
