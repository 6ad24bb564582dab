import 'server-only';
import type { OfficeQueueSnapshot } from '@/lib/domain/live-queue';
import { localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { today } from '@/lib/server/queue/called-ticket';

const DEFAULT_SLOT_MINUTES = 15;

/**
 * Today's queue of an office in two queries, whatever the number of screens that show it: the
 * office with its categories, and every ticket of the day with what the views need (numbers,
 * counters, times; nothing personal). Null for an office that does not exist.
 */
export async function loadOfficeQueue(
  officeId: string,
  now: Date = new Date(),
): Promise<OfficeQueueSnapshot | null> {
  const day = today(now);
  const [office, tickets] = await Promise.all([
    prisma.office.findUnique({
      where: { id: officeId },
      select: {
        name: true,
        bookingPhone: true,
        categories: {
          orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
          select: {
            id: true,
            name: true,
            ticketPrefix: true,
            waitingArea: true,
            active: true,
            openingRules: { select: { slotMinutes: true }, take: 1 },
          },
        },
      },
    }),
    prisma.queueTicket.findMany({
      where: { officeId, day },
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        counter: true,
        categoryId: true,
        issuedAt: true,
        calledAt: true,
        servedAt: true,
        booking: { select: { startsAt: true } },
      },
    }),
  ]);
  if (!office) return null;
  return {
    officeId,
    officeName: office.name,
    bookingPhone: office.bookingPhone,
    day: localDateOf(now),
    categories: office.categories.map((c) => ({
      id: c.id,
      name: c.name,
      letter: c.ticketPrefix,
      waitingArea: c.waitingArea,
      slotMinutes: c.openingRules[0]?.slotMinutes ?? DEFAULT_SLOT_MINUTES,
      active: c.active,
    })),
    tickets: tickets.map(({ booking, ...t }) => ({ ...t, visitStartsAt: booking?.startsAt ?? null })),
  };
}
