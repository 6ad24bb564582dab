import 'server-only';
import { compareForCall } from '@/lib/domain/queue-ticket';
import { getConfig } from '@/lib/server/core/config';
import { prisma } from '@/lib/server/core/db';
import { liveTicketToken } from '@/lib/server/live/ticket-link';
import type { TicketView } from './types';

/** The printed ticket, with how many of its category the counters will call first. */
export async function loadTicketView(ticketId: string, now: Date): Promise<TicketView> {
  const t = await prisma.queueTicket.findUniqueOrThrow({
    where: { id: ticketId },
    select: {
      id: true,
      number: true,
      kind: true,
      issuedAt: true,
      officeId: true,
      day: true,
      categoryId: true,
      category: { select: { name: true, waitingArea: true } },
      office: { select: { name: true } },
      booking: { select: { startsAt: true } },
    },
  });
  const waiting = await prisma.queueTicket.findMany({
    where: {
      officeId: t.officeId,
      day: t.day,
      categoryId: t.categoryId,
      status: 'ISSUED',
      NOT: { id: t.id },
      OR: [{ bookingId: null }, { booking: { status: 'CHECKED_IN' } }],
    },
    select: { kind: true, issuedAt: true, booking: { select: { startsAt: true } } },
  });
  const mine = { kind: t.kind, issuedAt: t.issuedAt, visitStartsAt: t.booking?.startsAt ?? null };
  const waitingAhead = waiting.filter(
    (w) => compareForCall({ ...w, visitStartsAt: w.booking?.startsAt ?? null }, mine, now) < 0,
  ).length;
  return {
    id: t.id,
    number: t.number,
    kind: t.kind,
    categoryName: t.category.name,
    officeName: t.office.name,
    waitingArea: t.category.waitingArea,
    visitStartsAt: t.booking?.startsAt ?? null,
    issuedAt: t.issuedAt,
    waitingAhead,
    liveUrl: `${getConfig().appUrl}/bilet/${liveTicketToken(t.id, t.day.toISOString().slice(0, 10))}`,
  };
}
