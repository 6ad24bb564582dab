import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import { atLeastADay } from '@/lib/domain/message-lifetime';
import { type VisitForChange, isChangeable, loadVisitForChange } from './load-visit-for-change';
import { type Notice, noticeOf, queueNotice } from '@/lib/server/notify/queue-notice';
import { type MovedVisit, changeVisitTime, movedFactsOf } from './change-visit-time';

const TX = { maxWait: 20_000, timeout: 20_000 };

/**
 * A clerk moves one visit still ahead to another free time of its category, at the resident's
 * request. The same capacity and contact rules as a booking (the seat is claimed at the new time
 * before the old one is freed, in one transaction: changeVisitTime); like a booking by phone, a
 * block on online booking does not apply at the desk. `from` is the time the clerk saw. The
 * resident gets the new details (with a new manage link) by e-mail, or by SMS when there is only
 * a phone. Audited.
 */
export async function moveVisit(
  staff: Staff,
  input: { bookingId: string; startsAt: Date; from: Date },
  now: Date,
): Promise<{ reference: string; startsAt: Date; notice: Notice }> {
  const v = await loadVisitForChange(staff, input.bookingId);
  if (!isChangeable(v, now)) throw new AppError('NOT_MOVABLE');
  if (v.startsAt.getTime() !== input.from.getTime())
    throw new AppError('STATUS_CHANGED', { message: 'changes.changedMeanwhile' });
  const notice = noticeOf(v);
  const moved = await prisma.$transaction(async (tx) => {
    const moved = await changeVisitTime(
      tx,
      { ...v, officeShortName: v.office.shortName },
      input.startsAt,
      'STAFF',
      now,
    );
    await tellResident(tx, v, moved, notice, now);
    await writeAudit(tx, staff, 'booking.moved', 'Booking', v.id, {
      from: moved.previousStartsAt.toISOString(),
      to: moved.startsAt.toISOString(),
      reference: moved.reference,
      previousReference: moved.previousReference,
      notice,
    });
    return moved;
  }, TX);
  return { reference: moved.reference, startsAt: moved.startsAt, notice };
}

async function tellResident(tx: Tx, v: VisitForChange, moved: MovedVisit, notice: Notice, now: Date) {
  await queueNotice(tx, v, notice, {
    template: 'visit-moved',
    facts: movedFactsOf(moved),
    dedupeKey: `moved:${v.id}:${now.getTime()}`,
    expiresAt: atLeastADay(now, moved.startsAt),
    secrets: { token: moved.token },
  });
}
