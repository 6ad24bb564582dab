import 'server-only';
import {
  type Actor,
  TRANSITIONS,
  type TransitionName,
  type TransitionRule,
  effectsOf,
  isUndo,
} from '@/lib/domain/booking-lifecycle';
import type { BookingStatus } from '@/lib/domain/visit-status';
import type { Prisma } from '@/lib/generated/prisma/client';
import { type Tx } from '@/lib/server/core/db';
import { claimSeat } from './claim-seat';
import { lockContacts } from './lock-contacts';
import { releaseBookings } from './release-booking';

export type Change =
  | { transition: TransitionName; by: Actor }
  /** The day list's undo: back from the current status to the one before (planUndo decided). */
  | { undo: { from: BookingStatus; to: BookingStatus } };

export type ApplyInput = Change & {
  /** Which bookings: combined with the transition's `from` statuses in one conditional UPDATE. */
  where: Prisma.BookingWhereInput;
  now: Date;
  /** Columns the use case sets with the status (a reason, a hash, a cleared code…). */
  data?: Prisma.BookingUpdateManyMutationInput;
  /** The visit time's number of counters, when the change takes a seat back (undone cancellation). */
  capacity?: number;
  /** A move (a rule that `moves`): the new time and its number of counters. */
  moveTo?: { startsAt: Date; endsAt: Date; capacity: number };
};

export type Transitioned = {
  id: string;
  reference: string;
  categoryId: string;
  startsAt: Date;
  endsAt: Date;
  email: string | null;
  phone: string | null;
  /** The calendar event's SEQUENCE after the change, for the message that tells of it. */
  calendarSequence: number;
};

/** The columns a transition stamps with its status, and an undo clears when it leaves one. */
function stampOf(rule: TransitionRule, now: Date): Prisma.BookingUpdateManyMutationInput {
  if (rule.moves) return {};
  if (rule.cancelledBy) return { cancelledAt: now, cancelledBy: rule.cancelledBy };
  if (rule.to === 'CONFIRMED') return { confirmedAt: now };
  if (rule.to === 'CHECKED_IN') return { checkedInAt: now };
  if (rule.to === 'SERVED') return { servedAt: now };
  return {};
}

function clearOf(from: BookingStatus): Prisma.BookingUpdateManyMutationInput {
  if (from === 'CHECKED_IN') return { checkedInAt: null };
  if (from === 'SERVED') return { servedAt: null };
  if (from === 'NO_SHOW') return { emailHash: null, phoneHash: null };
  if (from === 'CANCELLED')
    return { cancelledAt: null, cancelledBy: null, cancelReason: null, cancelNote: null };
  return {};
}

/**
 * The one way a booking's status changes (lib/domain/booking-lifecycle.ts), in the caller's
 * transaction: one conditional UPDATE … RETURNING guarded by the statuses the change starts from
 * (of two requests at once, exactly one changes a row), then what the change does to the seat
 * (SlotClaim) and the contact locks (ContactLock): released when the new status no longer holds
 * them, claimed back when an undo makes a visit live again. Returns the bookings it changed; an
 * empty list means none was in a status the change starts from. A claim that fails throws
 * (SLOT_TAKEN, CONTACT_BUSY) and the caller's transaction changes nothing.
 */
export async function applyTransition(tx: Tx, input: ApplyInput): Promise<Transitioned[]> {
  let from: readonly BookingStatus[];
  let to: BookingStatus;
  let data: Prisma.BookingUpdateManyMutationInput;
  if ('undo' in input) {
    if (!isUndo(input.undo.from, input.undo.to))
      throw new Error(`No undo from ${input.undo.from} to ${input.undo.to}`);
    from = [input.undo.from];
    to = input.undo.to;
    data = { ...clearOf(input.undo.from), status: to };
    if (input.undo.from === 'CANCELLED') data.calendarSequence = { increment: 1 };
  } else {
    const rule: TransitionRule = TRANSITIONS[input.transition];
    if (!rule.by.includes(input.by)) throw new Error(`${input.by} may not take "${input.transition}"`);
    if (!rule.moves !== !input.moveTo) throw new Error(`"${input.transition}" and a new time go together`);
    from = rule.from;
    to = rule.to;
    data = { ...stampOf(rule, input.now), status: to };
    if (input.moveTo) Object.assign(data, { startsAt: input.moveTo.startsAt, endsAt: input.moveTo.endsAt });
    // The resident's calendar event changes (docs/decisions/037): raised in the same UPDATE, so
    // two changes at once never tell of the same sequence.
    if (rule.moves || to === 'CANCELLED') data.calendarSequence = { increment: 1 };
  }
  const changed = await tx.booking.updateManyAndReturn({
    where: { AND: [input.where, { status: { in: [...from] } }] },
    data: { ...data, ...input.data, status: to },
    select: {
      id: true,
      reference: true,
      categoryId: true,
      startsAt: true,
      endsAt: true,
      email: true,
      phone: true,
      calendarSequence: true,
    },
  });
  if (!changed.length) return [];
  if (input.moveTo) {
    // The old seat goes and the new one is claimed in this transaction: a claim that fails
    // (SLOT_TAKEN) throws, the transaction is rolled back and the visit keeps its old seat. Never
    // two seats, never none. The contact locks are per category, so they stay as they are.
    for (const b of changed) {
      await tx.slotClaim.deleteMany({ where: { bookingId: b.id } });
      await claimSeat(tx, b.categoryId, input.moveTo.startsAt, b.id, input.moveTo.capacity);
    }
    return changed;
  }
  // What the change gives up (lib/domain/booking-lifecycle.ts effectsOf); releaseBookings frees
  // exactly what the new status, or a visit that is over, no longer holds.
  const gives = (b: Transitioned) =>
    from.some((f) => {
      const e = effectsOf(f, to, b.endsAt <= input.now);
      return e.seat === 'release' || e.contact === 'release';
    });
  await releaseBookings(
    tx,
    changed.filter(gives).map((b) => b.id),
    input.now,
  );
  if ('undo' in input) {
    for (const b of changed) {
      const effects = effectsOf(input.undo.from, to, b.endsAt <= input.now);
      if (effects.seat === 'claim') {
        if (input.capacity === undefined) throw new Error('A seat is claimed back: capacity is needed');
        await claimSeat(tx, b.categoryId, b.startsAt, b.id, input.capacity);
      }
      if (effects.contact === 'claim')
        await lockContacts(
          tx,
          b.categoryId,
          b.id,
          { email: b.email ?? undefined, phone: b.phone ?? undefined },
          input.now,
        );
    }
  }
  return changed;
}
