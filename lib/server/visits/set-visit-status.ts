import 'server-only';
import { INTENT_TRANSITION } from '@/lib/domain/booking-lifecycle';
import {
  type BookingStatus,
  INTENTS,
  type StatusEvent,
  type StatusIntent,
  type UndoPlan,
  checkTransition,
  planUndo,
} from '@/lib/domain/visit-status';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatDate, formatTime } from '@/lib/i18n/format';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { contactHashesOf } from '@/lib/server/core/contact-hash';
import { type Transitioned, applyTransition } from '@/lib/server/booking/apply-transition';
import { applyNoShowRule } from '@/lib/server/blocks/apply-no-show-rule';
import { noticeOf, queueNotice } from '@/lib/server/notify/queue-notice';
import { calendarFactsOf } from '@/lib/server/notify/messages/visit-calendar';
import { statusLabel, intentLabel } from '@/lib/i18n/labels';

const CHANGE = 'booking.status';

export const UNDO = 'booking.status.undo';

export const TX = { maxWait: 20_000, timeout: 20_000 };

export async function loadVisit(staff: Staff, bookingId: string) {
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

export type Visit = Awaited<ReturnType<typeof loadVisit>>;

export const changedMeanwhile = () => new AppError('STATUS_CHANGED');

function refusal(intent: StatusIntent, reason: 'status' | 'before-visit-day' | 'not-started', v: Visit) {
  const label = intentLabel(intent);
  if (reason === 'not-started')
    return new AppError('NOT_STARTED', {
      message: 'visits.notStarted',
      params: { intent: label, time: formatTime(v.startsAt) },
    });
  if (reason === 'before-visit-day')
    return new AppError('BEFORE_VISIT_DAY', {
      message: 'visits.beforeVisitDay',
      params: { intent: label, date: formatDate(v.startsAt) },
    });
  return new AppError('STATUS_NOT_ALLOWED', {
    message: 'visits.statusNotAllowed',
    params: { status: statusLabel(v.status), intent: label },
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
  if (check.to === 'CANCELLED') data.cancelReason = 'LATE';

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
    if (check.to === 'CANCELLED') await queueLateCancellation(tx, { ...v, ...changed[0]! }, now);
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

/** Tells the resident (by e-mail, else SMS) that the visit was cancelled for lateness. */
async function queueLateCancellation(tx: Tx, v: Visit & Transitioned, now: Date) {
  await queueNotice(tx, v, noticeOf(v), {
    template: 'visit-cancelled-late',
    facts: calendarFactsOf(v),
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
