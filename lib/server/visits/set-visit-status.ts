import 'server-only';
import { createElement } from 'react';
import VisitCancelledLateEmail from '@/emails/visit-cancelled-late';
import { planDay } from '@/lib/domain/schedule';
import { localDateOf } from '@/lib/domain/time';
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
import { formatLocalDate, formatTime } from '@/lib/i18n/format';
import { writeAudit } from '@/lib/server/core/audit';
import { getConfig } from '@/lib/server/core/config';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { contactHashesOf } from '@/lib/server/core/contact-hash';
import { claimSeat } from '@/lib/server/booking/hold-slot';
import { applyNoShowRule, recomputeNoShowBlocks } from '@/lib/server/blocks/apply-no-show-rule';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { releaseBookings } from '@/lib/server/booking/release-booking';
import { renderEmail } from '@/lib/server/notify/render-email';
import { lockContacts } from '@/lib/server/booking/request-booking';
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
  if (!b) throw new AppError('NOT_FOUND', 'Nie znaleziono tej wizyty. Odśwież listę.');
  assertOfficeAccess(staff, b.officeId);
  return b;
}
type Visit = Awaited<ReturnType<typeof loadVisit>>;

async function relockContacts(tx: Tx, v: Visit, now: Date) {
  try {
    await lockContacts(
      tx,
      v.categoryId,
      v.id,
      { email: v.email ?? undefined, phone: v.phone ?? undefined },
      now,
    );
  } catch (e) {
    if (e instanceof AppError && e.code === 'CONTACT_BUSY')
      throw new AppError(
        'CONTACT_BUSY',
        'Nie można cofnąć: mieszkaniec ma już inną aktualną rezerwację w tej kategorii. Odwołaj jedną z nich.',
      );
    throw e;
  }
}

const changedMeanwhile = () =>
  new AppError('STATUS_CHANGED', 'Status tej wizyty zmienił się w międzyczasie. Odśwież listę i sprawdź go.');

function refusal(intent: StatusIntent, reason: 'status' | 'before-visit-day' | 'not-started', v: Visit) {
  const time = formatTime(v.startsAt);
  if (reason === 'not-started')
    return new AppError(
      'NOT_STARTED',
      `${INTENTS[intent].label}: można odnotować dopiero od godziny wizyty (${time}).`,
    );
  if (reason === 'before-visit-day')
    return new AppError(
      'BEFORE_VISIT_DAY',
      `${INTENTS[intent].label}: można odnotować dopiero w dniu wizyty (${formatLocalDate(localDateOf(v.startsAt))}).`,
    );
  return new AppError(
    'STATUS_NOT_ALLOWED',
    `Wizyty ze statusem „${STATUS_LABEL[v.status]}” nie można oznaczyć jako „${INTENTS[intent].label}”.`,
  );
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
  const data: Prisma.BookingUpdateManyMutationInput = { status: check.to };
  if (check.to === 'CHECKED_IN') data.checkedInAt = now;
  if (check.to === 'SERVED') data.servedAt = now;
  // Kept for the no-show rule after the plain contacts are erased (docs/data-retention.md).
  if (check.to === 'NO_SHOW') Object.assign(data, contactHashesOf(v));
  if (check.to === 'CANCELLED')
    Object.assign(data, { cancelledAt: now, cancelledBy: 'STAFF', cancelReason: LATE_REASON });

  await prisma.$transaction(async (tx) => {
    // The expected status (and, for a no-show, a begun visit) is the condition of the write itself:
    // of two clerks clicking at once, exactly one changes the row.
    const r = await tx.booking.updateMany({
      where: { id: v.id, status: check.from, ...(started ? { startsAt: { lte: now } } : {}) },
      data,
    });
    if (!r.count) throw changedMeanwhile();
    // The visit is over: the contact may book again in this category. Served and no-show visits
    // keep their seat (it was used); a cancelled one frees it, as a resident's cancellation does.
    if (['SERVED', 'NO_SHOW', 'CANCELLED'].includes(check.to)) await releaseBookings(tx, [v.id], now);
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
  const when = `${formatLocalDate(localDateOf(v.startsAt))}, ${formatTime(v.startsAt)}`;
  const content = await renderEmail(
    `Wizyta anulowana z powodu spóźnienia — ${v.reference}`,
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
  if (!slot)
    throw new AppError(
      'SLOT_GONE',
      'Nie można cofnąć anulowania: tej godziny nie ma już w harmonogramie. Umów mieszkańca na inny termin.',
    );
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
  if (!plan.ok) throw new AppError('NOTHING_TO_UNDO', 'Tej wizyty nie ma już czego cofnąć.');
  const capacity = plan.from === 'CANCELLED' ? await capacityOf(v) : 0;
  const data: Prisma.BookingUpdateManyMutationInput = { status: plan.to };
  if (plan.from === 'CHECKED_IN') data.checkedInAt = null;
  if (plan.from === 'SERVED') data.servedAt = null;
  if (plan.from === 'NO_SHOW') Object.assign(data, { emailHash: null, phoneHash: null });
  if (plan.from === 'CANCELLED')
    Object.assign(data, { cancelledAt: null, cancelledBy: null, cancelReason: null });

  await prisma.$transaction(async (tx) => {
    const r = await tx.booking.updateMany({ where: { id: v.id, status: plan.from }, data });
    if (!r.count) throw changedMeanwhile();
    if (plan.from === 'CANCELLED') {
      try {
        await claimSeat(tx, v.categoryId, v.startsAt, v.id, capacity);
      } catch (e) {
        if (e instanceof AppError && e.code === 'SLOT_TAKEN')
          throw new AppError(
            'SLOT_TAKEN',
            `Nie można cofnąć anulowania: miejsce o ${formatTime(v.startsAt)} zajęła już inna rezerwacja. Umów mieszkańca na inny termin.`,
          );
        throw e;
      }
      if (v.email)
        await enqueueMessage(tx, {
          channel: 'EMAIL',
          template: 'visit-reinstated',
          recipient: v.email,
          content: {
            subject: `Wizyta ${v.reference} jednak aktualna`,
            text: `Anulowanie wizyty ${v.reference} (${formatLocalDate(localDateOf(v.startsAt))}, ${formatTime(v.startsAt)}, ${v.office.name}) zostało cofnięte: wizyta jest aktualna. Przepraszamy za pomyłkę.`,
          },
          bookingId: v.id,
          dedupeKey: `reinstated:${v.id}:${now.getTime()}`,
        });
    }
    // Back to a live visit that is not over: it counts again as the contact's one live booking.
    if ((plan.to === 'CONFIRMED' || plan.to === 'CHECKED_IN') && v.endsAt > now)
      await relockContacts(tx, v, now);
    await writeAudit(tx, staff, UNDO, 'Booking', v.id, {
      from: plan.from,
      to: plan.to,
      reference: v.reference,
    });
    if (plan.from === 'NO_SHOW') await recomputeNoShowBlocks(tx, v, staff, now);
  }, TX);
  return { reference: v.reference, status: plan.to };
}
