import 'server-only';
import { sameBookings } from '@/lib/domain/schedule-impact';
import { writeAudit } from '@/lib/server/core/audit';
import { type Tx } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { noticeOf, queueNotice } from '@/lib/server/notify/queue-notice';
import { calendarFactsOf } from '@/lib/server/notify/messages/visit-calendar';
import { type Transitioned, applyTransition } from '@/lib/server/booking/apply-transition';
import {
  BookingsAffectedError,
  type DroppedBooking,
  type LockedSchedule,
  findDropped,
  impactRows,
} from './lock-schedules';
import type { Confirmation } from './schedule-forms';
import type { ScheduleInput } from '@/lib/domain/schedule';

const REASON_MIN = 5;

/**
 * The guard of every schedule change, inside its transaction (after lockSchedules): bookings the
 * change would drop are never dropped silently. Without a confirmation the change is refused with
 * the list; with one, the list is computed again here and must be exactly the one the
 * administrator confirmed, otherwise it is refused with the new list. Only then are the bookings
 * cancelled, their seats and contact locks freed, each resident told (e-mail, else SMS) and each cancellation
 * audited — all committed together with the change itself, or not at all.
 */
export async function settleDroppedBookings(
  tx: Tx,
  opts: {
    actor: Staff;
    now: Date;
    /** The audit action of the change, recorded with each cancellation. */
    cause: string;
    changes: { current: LockedSchedule; proposed: ScheduleInput }[];
    confirmation?: Confirmation;
  },
): Promise<number> {
  const { actor, now, confirmation } = opts;
  const dropped = await findDropped(tx, opts.changes, now);
  const ids = dropped.map((b) => b.id);
  if (!confirmation) {
    if (!dropped.length) return 0;
    throw new BookingsAffectedError(impactRows(dropped), 'schedule.impact.wouldDrop', {
      params: { count: dropped.length },
    });
  }
  if (!sameBookings(confirmation.expected, ids)) {
    throw new BookingsAffectedError(
      impactRows(dropped),
      dropped.length ? 'schedule.impact.listChanged' : 'schedule.impact.listGone',
    );
  }
  if (!dropped.length) return 0;
  if (confirmation.reason.length < REASON_MIN)
    throw new BookingsAffectedError(impactRows(dropped), 'schedule.impact.reasonMissing', {
      params: { min: REASON_MIN },
      field: 'cancelReason',
    });

  // Conditional on the status: a booking changed a moment ago (e.g. cancelled by the resident)
  // makes the count differ, and the whole change is refused.
  const cancelled = await applyTransition(tx, {
    transition: 'cancel-for-schedule',
    by: 'STAFF',
    where: { id: { in: ids } },
    data: { cancelReason: 'SCHEDULE_CHANGE', cancelNote: confirmation.reason },
    now,
  });
  if (cancelled.length !== ids.length)
    throw new BookingsAffectedError(impactRows(dropped), 'schedule.impact.statusChanged');
  for (const b of dropped) {
    await writeAudit(tx, actor, 'booking.cancelled-by-schedule', 'Booking', b.id, {
      reference: b.reference,
      startsAt: b.startsAt.toISOString(),
      previousStatus: b.status,
      reason: confirmation.reason,
      cause: opts.cause,
    });
    const row = cancelled.find((c) => c.id === b.id)!;
    await notifyResident(tx, b, row, confirmation.reason);
  }
  return dropped.length;
}

/** By e-mail, else by SMS where the booking has only a mobile phone. */
async function notifyResident(tx: Tx, b: DroppedBooking, row: Transitioned, note: string) {
  await queueNotice(tx, row, noticeOf(row), {
    template: 'booking-cancelled-by-office',
    facts: { ...calendarFactsOf({ ...row, reference: b.reference }), note },
    // One notice per booking, whatever cancels it (the resident's own cancellation uses it too).
    dedupeKey: `cancelled:${b.id}`,
  });
}
