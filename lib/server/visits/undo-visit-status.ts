import 'server-only';
import { planDay } from '@/lib/domain/schedule';
import { localDateOf } from '@/lib/domain/time';
import { type BookingStatus } from '@/lib/domain/visit-status';
import { formatTime } from '@/lib/i18n/format';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff } from '@/lib/server/staff/guard';
import { applyTransition } from '@/lib/server/booking/apply-transition';
import { recomputeNoShowBlocks } from '@/lib/server/blocks/apply-no-show-rule';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { calendarFactsOf } from '@/lib/server/notify/messages/visit-calendar';
import { loadScheduleInput } from '@/lib/server/schedule/load-schedule-input';
import { TX, UNDO, type Visit, changedMeanwhile, loadVisit, planVisitUndo } from './set-visit-status';

/** The number of counters of the visit's time, as the schedule now stands. */
async function capacityOf(v: Visit): Promise<number> {
  const schedule = await loadScheduleInput(v.categoryId, v.startsAt);
  // Seen from just before the visit, so that a time already begun is still part of the plan.
  const plan = planDay(localDateOf(v.startsAt), { ...schedule, now: new Date(v.startsAt.getTime() - 1) });
  const slot = plan.slots.find((s) => s.startsAt.getTime() === v.startsAt.getTime());
  if (!slot) throw new AppError('SLOT_GONE', { message: 'visits.undoSlotGone' });
  return slot.capacity;
}

/**
 * Takes back the newest status change recorded from the list. A lateness cancellation comes back
 * only if its seat is still free (it was freed for others); a no-show taken back lifts the blocks
 * it no longer justifies. `expected` is the status the clerk saw, so a stale page undoes nothing.
 */
export async function undoVisitStatus(
  staff: Staff,
  input: { bookingId: string; expected: BookingStatus },
  now: Date,
): Promise<{ reference: string; status: BookingStatus }> {
  const v = await loadVisit(staff, input.bookingId);
  if (v.status !== input.expected) throw changedMeanwhile();
  const plan = await planVisitUndo(v.id, v.status);
  if (!plan.ok) throw new AppError('NOTHING_TO_UNDO');
  const capacity = plan.from === 'CANCELLED' ? await capacityOf(v) : undefined;

  await prisma.$transaction(async (tx) => {
    // Takes the seat back (an undone cancellation: only if it is still free) and, for a visit
    // live again and not over, the contact locks (apply-transition.ts).
    let changed;
    try {
      changed = await applyTransition(tx, { undo: plan, where: { id: v.id }, now, capacity });
    } catch (e) {
      if (e instanceof AppError && e.code === 'SLOT_TAKEN')
        throw new AppError('SLOT_TAKEN', {
          message: 'visits.undoSlotTaken',
          params: { time: formatTime(v.startsAt) },
        });
      if (e instanceof AppError && e.code === 'CONTACT_BUSY')
        throw new AppError('CONTACT_BUSY', { message: 'visits.undoContactBusy' });
      throw e;
    }
    if (!changed.length) throw changedMeanwhile();
    if (plan.from === 'CANCELLED') {
      if (v.email)
        await enqueueMessage(tx, {
          channel: 'EMAIL',
          template: 'visit-reinstated',
          recipient: v.email,
          facts: calendarFactsOf({ ...changed[0]!, reference: v.reference }),
          bookingId: v.id,
          dedupeKey: `reinstated:${v.id}:${now.getTime()}`,
        });
    }
    await writeAudit(tx, staff, UNDO, 'Booking', v.id, {
      from: plan.from,
      to: plan.to,
      reference: v.reference,
    });
    if (plan.from === 'NO_SHOW') await recomputeNoShowBlocks(tx, v, staff, now);
  }, TX);
  return { reference: v.reference, status: plan.to };
}
