import 'server-only';
import { isDue } from '@/lib/domain/queue-ticket';
import { prisma } from '@/lib/server/core/db';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { CALLED_TICKET_SELECT, queueCategoryFilter, today, toCalledTicket } from './called-ticket';
import type { CalledTicket, CounterScope } from './types';

export type CounterQueue = {
  categoryId: string;
  name: string;
  letter: string;
  /** Whether the counter serves it (one of scope.categoryIds). */
  selected: boolean;
  count: number;
  /** Of those waiting, booked visits whose time has come (called first). */
  bookedDue: number;
};

/** The counter's screen: its current ticket, each category's queue, its tickets of today. */
export async function loadCounter(
  staff: Staff,
  scope: CounterScope,
  now: Date = new Date(),
): Promise<{ current: CalledTicket | null; waiting: CounterQueue[]; recent: CalledTicket[] }> {
  assertOfficeAccess(staff, scope.officeId);
  const day = today(now);
  const [categories, waiting, mine] = await Promise.all([
    prisma.serviceCategory.findMany({
      where: queueCategoryFilter(scope.officeId, day),
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, ticketPrefix: true },
    }),
    prisma.queueTicket.findMany({
      where: {
        officeId: scope.officeId,
        day,
        status: 'ISSUED',
        OR: [{ bookingId: null }, { booking: { status: 'CHECKED_IN' } }],
      },
      select: { categoryId: true, kind: true, issuedAt: true, booking: { select: { startsAt: true } } },
    }),
    prisma.queueTicket.findMany({
      where: { officeId: scope.officeId, day, counter: scope.counter },
      orderBy: { calledAt: 'desc' },
      take: 11,
      select: CALLED_TICKET_SELECT,
    }),
  ]);
  const tickets = mine.map(toCalledTicket);
  const current = tickets.find((t) => t.status === 'CALLED') ?? null;
  return {
    current,
    waiting: categories.map((c) => {
      const of = waiting.filter((w) => w.categoryId === c.id);
      return {
        categoryId: c.id,
        name: c.name,
        letter: c.ticketPrefix,
        selected: scope.categoryIds.includes(c.id),
        count: of.length,
        bookedDue: of.filter((w) => isDue({ ...w, visitStartsAt: w.booking?.startsAt ?? null }, now)).length,
      };
    }),
    recent: tickets.filter((t) => t !== current).slice(0, 10),
  };
}
