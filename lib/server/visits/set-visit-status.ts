import 'server-only';
import { createElement } from 'react';
import VisitCancelledLateEmail from '@/emails/visit-cancelled-late';
import { planDay } from '@/lib/domain/schedule';
import { localDateOf } from '@/lib/domain/time';
import { INTENT_TRANSITION } from '@/lib/domain/booking-lifecycle';
import {
  type BookingStatus,
  INTENTS,
  LATE_REASON,
  STATUS_LABEL,
  type StatusEvent,
  type StatusIntent,
  type UndoPlan,
  checkTransition,
  planUndo,
} from '@/lib/domain/visit-status';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatDate, formatDateTime, formatTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { writeAudit } from '@/lib/server/core/audit';
import { getConfig } from '@/lib/server/core/config';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { contactHashesOf } from '@/lib/server/core/contact-hash';
import { applyTransition } from '@/lib/server/booking/apply-transition';
import { applyNoShowRule, recomputeNoShowBlocks } from '@/lib/server/blocks/apply-no-show-rule';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { renderEmail } from '@/lib/server/notify/render-email';
import { loadScheduleInput } from '@/lib/server/schedule/load-schedule-input';

const CHANGE = 'booking.status';
const UNDO = 'booking.status.undo';
const TX = { maxWait: 20_000, timeout: 20_000 };

async function loadVisit(staff: Staff, bookingId: string) {
  const b = await prisma.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      officeId: true,
      categoryId: true,
      reference: true,
      status: true,
      startsAt: true,
      endsAt: true,
      email: true,
      phone: true,
      emailHash: true,
      phoneHash: true,
      matter: { select: { name: true } },
      office: { select: { name: true, bookingPhone: true } },
    },
  });
  if (!b) throw new AppError('NOT_FOUND', { message: 'visits.notFound' });
  assertOfficeAccess(staff, b.officeId);
  return b;
}
type Visit = Awaited<ReturnType<typeof loadVisit>>;

const changedMeanwhile = () => new AppError('STATUS_CHANGED');

function refusal(intent: StatusIntent, reason: 'status' | 'before-visit-day' | 'not-started', v: Visit) {
  const intentLabel = INTENTS[intent].label;
  if (reason === 'not-started')
    return new AppError('NOT_STARTED', {
      message: 'visits.notStarted',
      params: { intent: intentLabel, time: formatTime(v.startsAt) },
    });
  if (reason === 'before-visit-day')
    return new AppError('BEFORE_VISIT_DAY', {
      message: 'visits.beforeVisitDay',
      params: { intent: intentLabel, date: formatDate(v.startsAt) },
    });
  return new AppError('STATUS_NOT_ALLOWED', {
    message: 'visits.statusNotAllowed',
    params: { status: STATUS_LABEL[v.status], intent: intentLabel },
  });
}

/**
 * Records what happened to a visit, guarded by its current status, with the audit row. `expected`
 * is the status the clerk saw: a stale page changes nothing.
 */
export async function setVisitStatus(
  staff: Staff,
  input: { bookingId: string; intent: StatusIntent; expected?: BookingStatus },
  now: Date,
): Promise<{ reference: string; status: BookingStatus }> {
  const v = await loadVisit(staff, input.bookingId);
  if (input.expected && v.status !== input.expected) throw changedMeanwhile();
  const check = checkTransition(input.intent, v, now);
  if (!check.ok) throw refusal(input.intent, check.reason, v);
  const started = INTENTS[input.intent].when === 'started';
  const data: Prisma.BookingUpdateManyMutationInput = {};
  // Kept for the no-show rule after the plain contacts are erased (docs/data-retention.md).
  if (check.to === 'NO_SHOW') Object.assign(data, contactHashesOf(v));
  if (check.to === 'CANCELLED') data.cancelReason = LATE_REASON;

  await prisma.$transaction(async (tx) => {
    // The expected status (and, for a no-show, a begun visit) is the condition of the write itself:
    // of two clerks clicking at once, exactly one changes the row. The visit is over for the
    // contact: it may book again in this category; served and missed visits keep their seat (it
    // was used), a cancelled one frees it (lib/domain/booking-lifecycle.ts).
    const changed = await applyTransition(tx, {
      transition: INTENT_TRANSITION[input.intent],
      by: 'STAFF',
      where: { id: v.id, status: check.from, ...(started ? { startsAt: { lte: now } } : {}) },
      data,
      now,
    });
    if (!changed.length) throw changedMeanwhile();
    if (check.to === 'CANCELLED') await queueLateCancellationEmail(tx, v, now);
    await writeAudit(tx, staff, CHANGE, 'Booking', v.id, {
      from: check.from,
      to: check.to,
      intent: input.intent,
      reference: v.reference,
    });
    if (check.to === 'NO_SHOW') await applyNoShowRule(tx, v, staff, now);
  }, TX);
  return { reference: v.reference, status: check.to };
}

async function queueLateCancellationEmail(tx: Tx, v: Visit, now: Date) {
  if (!v.email) return;
  const when = formatDateTime(v.startsAt);
  const content = await renderEmail(
    t('notify.cancelledLate.subject', { reference: v.reference }),
    createElement(VisitCancelledLateEmail, {
      reference: v.reference,
      officeName: v.office.name,
      matter: v.matter.name,
      when,
      bookingPhone: v.office.bookingPhone,
      bookUrl: `${getConfig().appUrl}/`,
    }),
  );
  await enqueueMessage(tx, {
    channel: 'EMAIL',
    template: 'visit-cancelled-late',
    recipient: v.email,
    content,
    bookingId: v.id,
    // Per cancellation: one taken back and made again is a new message.
    dedupeKey: `cancelled-late:${v.id}:${now.getTime()}`,
  });
}

/** The status changes recorded for each booking, oldest first, in the shape `planUndo` reads. */
export async function loadStatusHistories(bookingIds: string[]): Promise<Map<string, StatusEvent[]>> {
  const rows = await prisma.auditLog.findMany({
    where: { entity: 'Booking', entityId: { in: bookingIds }, action: { in: [CHANGE, UNDO] } },
    orderBy: { id: 'asc' },
    select: { entityId: true, action: true, data: true },
  });
  const out = new Map<string, StatusEvent[]>();
  for (const r of rows) {
    const d = r.data as { from: BookingStatus; to: BookingStatus };
    const list = out.get(r.entityId) ?? [];
    list.push({ kind: r.action === UNDO ? 'undo' : 'change', from: d.from, to: d.to });
    out.set(r.entityId, list);
  }
  return out;
}

export async function planVisitUndo(bookingId: string, status: BookingStatus): Promise<UndoPlan> {
  return planUndo((await loadStatusHistories([bookingId])).get(bookingId) ?? [], status);
}

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
          content: {
            subject: t('notify.reinstated.subject', { reference: v.reference }),
            text: t('notify.reinstated.text', {
              reference: v.reference,
              when: formatDateTime(v.startsAt),
              office: v.office.name,
            }),
          },
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
