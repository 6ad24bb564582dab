import 'server-only';
import { REASON_MIN } from '@/lib/validation/changes';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { withdrawPending } from '@/lib/server/notify/enqueue-message';
import { calendarFactsOf } from '@/lib/server/notify/messages/visit-calendar';
import type { Staff } from '@/lib/server/staff/guard';
import { applyTransition } from './apply-transition';
import { type Notice, noticeOf, queueNotice } from '@/lib/server/notify/queue-notice';
import { type VisitForChange, isChangeable, loadVisitForChange } from './load-visit-for-change';

const TX = { maxWait: 20_000, timeout: 20_000 };

/**
 * A clerk cancels one visit still ahead because the resident asked (at the desk, on the phone).
 * The reason is required and goes to the resident: by e-mail, or by SMS when the booking has only
 * a phone (a phone booking made without an e-mail). The seat and the contact locks are freed at
 * once; messages still waiting about the visit (its confirmation, its reminder) are withdrawn.
 * Audited; all in one transaction with the status change.
 */
export async function cancelVisitForResident(
  staff: Staff,
  input: { bookingId: string; reason: string },
  now: Date,
): Promise<{ reference: string; notice: Notice }> {
  const v = await loadVisitForChange(staff, input.bookingId);
  if (!isChangeable(v, now)) throw new AppError('NOT_CANCELLABLE', { message: 'changes.notCancellable' });
  const reason = input.reason.trim();
  if (reason.length < REASON_MIN)
    throw new AppError('REASON_REQUIRED', { message: 'changes.validation.reason', field: 'reason' });
  const notice = noticeOf(v);
  await prisma.$transaction(async (tx) => {
    const cancelled = await applyTransition(tx, {
      transition: 'cancel-by-staff',
      by: 'STAFF',
      where: { id: v.id, startsAt: { equals: v.startsAt, gt: now } },
      data: { cancelReason: 'AT_REQUEST', cancelNote: reason },
      now,
    });
    if (!cancelled.length) throw new AppError('STATUS_CHANGED', { message: 'changes.changedMeanwhile' });
    await withdrawPending(tx, v.id, 'booking-confirmed');
    await withdrawPending(tx, v.id, 'visit-reminder');
    await tellResident(tx, { ...v, ...cancelled[0]! }, reason, notice, now);
    await writeAudit(tx, staff, 'booking.cancelled-at-request', 'Booking', v.id, {
      reference: v.reference,
      startsAt: v.startsAt.toISOString(),
      reason,
      notice,
    });
  }, TX);
  return { reference: v.reference, notice };
}

async function tellResident(
  tx: Tx,
  v: VisitForChange & { endsAt: Date; calendarSequence: number },
  note: string,
  notice: Notice,
  now: Date,
) {
  await queueNotice(tx, v, notice, {
    template: 'visit-cancelled-at-request',
    facts: { ...calendarFactsOf(v), note },
    dedupeKey: `cancelled-at-request:${v.id}:${now.getTime()}`,
  });
}
