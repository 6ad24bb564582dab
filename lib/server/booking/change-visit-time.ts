import 'server-only';
import type { Actor } from '@/lib/domain/booking-lifecycle';
import { planDay } from '@/lib/domain/schedule';
import { localDateOf } from '@/lib/domain/time';
import { hashToken, newReference, newToken } from '@/lib/server/core/codes';
import { type Tx } from '@/lib/server/core/db';
import { AppError, isAppError } from '@/lib/server/core/errors';
import { withdrawPending } from '@/lib/server/notify/enqueue-message';
import { instant } from '@/lib/server/notify/messages/message';
import { calendarFactsOf } from '@/lib/server/notify/messages/visit-calendar';
import { loadScheduleInput } from '@/lib/server/schedule/load-schedule-input';
import { applyTransition } from './apply-transition';
import { expireStaleHolds } from './expire-stale-holds';
import { CODE_DRAWS } from './insert-booking';

/** The visit as it stands before the move (the time the caller saw guards the change). */
export type VisitToMove = {
  id: string;
  categoryId: string;
  reference: string;
  startsAt: Date;
  officeShortName: string;
};

export type MovedVisit = {
  reference: string;
  previousReference: string;
  startsAt: Date;
  endsAt: Date;
  previousStartsAt: Date;
  /** The calendar event's SEQUENCE this move raised. */
  calendarSequence: number;
  /** The new manage token: the old link stops working (only the new hash is stored). */
  token: string;
  dayChanged: boolean;
};

/** A fresh identifier nobody else has (checked before the update, so no statement fails). */
async function drawReference(tx: Tx, officeLetter: string): Promise<string> {
  for (let draw = 0; draw < CODE_DRAWS; draw++) {
    const reference = newReference(officeLetter);
    const taken = await tx.booking.findUnique({ where: { reference }, select: { id: true } });
    if (!taken) return reference;
  }
  throw new Error(`No free reference after ${CODE_DRAWS} draws`);
}

/**
 * Moves a confirmed visit still ahead to another free time of its category, in the caller's
 * transaction, through the life cycle's `move` (apply-transition.ts): the new seat is claimed and
 * the old one freed together, or nothing changes. The same rules as a new booking decide the
 * time (the schedule read under the category's share lock, the release window, closures, a hold
 * whose hour ran out freed first). A new day gets a new identifier, so the day's list at the
 * counter stays right; the manage token is always replaced (the new link goes out with the new
 * details). Messages still waiting about the old time are withdrawn and the reminder is due again.
 */
export async function changeVisitTime(
  tx: Tx,
  visit: VisitToMove,
  startsAt: Date,
  by: Actor,
  now: Date,
): Promise<MovedVisit> {
  if (startsAt.getTime() === visit.startsAt.getTime())
    throw new AppError('UNCHANGED', { message: 'changes.sameTime', field: 'startsAt' });
  await tx.$queryRaw`SELECT id FROM "ServiceCategory" WHERE id = ${visit.categoryId}::uuid FOR SHARE`;
  const schedule = await loadScheduleInput(visit.categoryId, now, tx);
  const slot = planDay(localDateOf(startsAt), schedule).slots.find(
    (s) => s.startsAt.getTime() === startsAt.getTime(),
  );
  if (!slot) throw new AppError('SLOT_UNAVAILABLE', { message: 'changes.slotUnavailable' });
  await expireStaleHolds(tx, { categoryId: visit.categoryId, startsAt: slot.startsAt }, now);
  const dayChanged = localDateOf(slot.startsAt) !== localDateOf(visit.startsAt);
  const reference = dayChanged ? await drawReference(tx, visit.officeShortName[0]!) : visit.reference;
  const token = newToken();
  let moved;
  try {
    moved = await applyTransition(tx, {
      transition: 'move',
      by,
      // The time the caller saw, not begun yet: of two moves at once, exactly one changes the row.
      where: { id: visit.id, startsAt: { equals: visit.startsAt, gt: now } },
      moveTo: slot,
      data: { reference, manageTokenHash: hashToken(token), reminderSentAt: null },
      now,
    });
  } catch (e) {
    if (isAppError(e) && e.code === 'SLOT_TAKEN')
      throw new AppError('SLOT_TAKEN', { message: 'changes.slotTaken' });
    throw e;
  }
  if (!moved.length) throw new AppError('STATUS_CHANGED', { message: 'changes.changedMeanwhile' });
  await withdrawPending(tx, visit.id, 'booking-confirmed');
  await withdrawPending(tx, visit.id, 'visit-reminder');
  return {
    reference,
    previousReference: visit.reference,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    previousStartsAt: visit.startsAt,
    calendarSequence: moved[0]!.calendarSequence,
    token,
    dayChanged,
  };
}

/** What a move's message is about: the new time and sequence, the time (and identifier) before. */
export const movedFactsOf = (moved: MovedVisit) => ({
  ...calendarFactsOf(moved),
  previousStartsAt: instant(moved.previousStartsAt),
  ...(moved.dayChanged ? { previousReference: moved.previousReference } : {}),
});
