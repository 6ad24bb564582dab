import 'server-only';
import { estimateWait } from '@/lib/domain/queue-estimate';
import { compareForCall } from '@/lib/domain/queue-ticket';
import type { LiveTicketState } from '@/lib/domain/queue-view';
import { localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { readLiveTicketToken } from './ticket-link';

/** Counters that called a ticket of the category within this many minutes count as serving it. */
const ACTIVE_COUNTER_MINUTES = 30;
const DEFAULT_SLOT_MINUTES = 15;

/**
 * The resident's live ticket: the ticket, how many the counters will call first, and an estimated
 * wait from today's service times in its category. Null for a token that is malformed, forged, or
 * of another day than today (it expires when its day ends).
 */
export async function loadLiveTicket(
  token: string,
  now: Date = new Date(),
): Promise<{ officeId: string; bookingPhone: string; state: LiveTicketState } | null> {
  const link = readLiveTicketToken(token);
  if (!link || link.day !== localDateOf(now)) return null;
  const t = await prisma.queueTicket.findUnique({
    where: { id: link.ticketId },
    select: {
      id: true,
      day: true,
      number: true,
      kind: true,
      status: true,
      counter: true,
      issuedAt: true,
      officeId: true,
      categoryId: true,
      office: { select: { name: true, bookingPhone: true } },
      category: {
        select: { name: true, waitingArea: true, openingRules: { select: { slotMinutes: true }, take: 1 } },
      },
      booking: { select: { startsAt: true } },
    },
  });
  if (!t || t.day.toISOString().slice(0, 10) !== link.day) return null;
  let ahead = 0;
  let waitMinutes: number | null = null;
  if (t.status === 'ISSUED') {
    const since = new Date(now.getTime() - ACTIVE_COUNTER_MINUTES * 60_000);
    const [waiting, served, active] = await Promise.all([
      prisma.queueTicket.findMany({
        where: {
          officeId: t.officeId,
          day: t.day,
          categoryId: t.categoryId,
          status: 'ISSUED',
          NOT: { id: t.id },
        },
        select: { kind: true, issuedAt: true, booking: { select: { startsAt: true } } },
      }),
      prisma.queueTicket.findMany({
        where: { officeId: t.officeId, day: t.day, categoryId: t.categoryId, status: 'SERVED' },
        orderBy: { servedAt: 'asc' },
        select: { calledAt: true, servedAt: true },
      }),
      prisma.queueTicket.findMany({
        where: { officeId: t.officeId, day: t.day, categoryId: t.categoryId, calledAt: { gte: since } },
        distinct: ['counter'],
        select: { counter: true },
      }),
    ]);
    const mine = { kind: t.kind, issuedAt: t.issuedAt, visitStartsAt: t.booking?.startsAt ?? null };
    ahead = waiting.filter(
      (w) => compareForCall({ ...w, visitStartsAt: w.booking?.startsAt ?? null }, mine, now) < 0,
    ).length;
    waitMinutes = estimateWait({
      ahead,
      serviceMinutes: served
        .filter((s) => s.calledAt && s.servedAt)
        .map((s) => (s.servedAt!.getTime() - s.calledAt!.getTime()) / 60_000),
      slotMinutes: t.category.openingRules[0]?.slotMinutes ?? DEFAULT_SLOT_MINUTES,
      counters: active.filter((a) => a.counter !== null).length,
    }).minutes;
  }
  return {
    officeId: t.officeId,
    bookingPhone: t.office.bookingPhone,
    state: {
      number: t.number,
      categoryName: t.category.name,
      officeName: t.office.name,
      waitingArea: t.category.waitingArea,
      status: t.status,
      counter: t.counter,
      ahead,
      waitMinutes,
      visitStartsAt: t.booking?.startsAt.toISOString() ?? null,
    },
  };
}
