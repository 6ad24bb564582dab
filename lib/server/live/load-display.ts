import 'server-only';
import type { DisplayState } from '@/lib/domain/queue-view';
import { prisma } from '@/lib/server/core/db';
import { queueCategoryFilter, today } from '@/lib/server/queue/called-ticket';

/** Calls the display lists under the current one. */
const RECENT_CALLS = 6;

/**
 * The waiting room's screen for an office today: the newest call, the calls before it, and how
 * many wait per category. Ticket numbers and counters only: nothing personal.
 */
export async function loadDisplay(
  officeSlug: string,
  now: Date = new Date(),
): Promise<{ officeId: string; state: DisplayState } | null> {
  const office = await prisma.office.findUnique({
    where: { slug: officeSlug },
    select: { id: true, name: true },
  });
  if (!office) return null;
  const day = today(now);
  const [calls, categories, waiting] = await Promise.all([
    prisma.queueTicket.findMany({
      where: { officeId: office.id, day, calledAt: { not: null }, counter: { not: null } },
      orderBy: { calledAt: 'desc' },
      take: RECENT_CALLS + 1,
      select: { id: true, number: true, counter: true, calledAt: true },
    }),
    prisma.serviceCategory.findMany({
      where: queueCategoryFilter(office.id, day),
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, ticketPrefix: true },
    }),
    prisma.queueTicket.groupBy({
      by: ['categoryId'],
      where: { officeId: office.id, day, status: 'ISSUED' },
      _count: { _all: true },
    }),
  ]);
  const count = new Map(waiting.map((w) => [w.categoryId, w._count._all]));
  const toCall = (c: (typeof calls)[number]) => ({
    ticketId: c.id,
    number: c.number,
    counter: c.counter!,
    calledAt: c.calledAt!.toISOString(),
  });
  return {
    officeId: office.id,
    state: {
      officeName: office.name,
      current: calls[0] ? toCall(calls[0]) : null,
      recent: calls.slice(1).map(toCall),
      waiting: categories.map((c) => ({
        categoryId: c.id,
        name: c.name,
        letter: c.ticketPrefix,
        count: count.get(c.id) ?? 0,
      })),
    },
  };
}
