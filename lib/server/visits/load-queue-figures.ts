import 'server-only';
import { type QueueFigure, queueFigures } from '@/lib/domain/queue-figures';
import { prisma } from '@/lib/server/core/db';
import { dayValue } from '@/lib/server/queue/called-ticket';

export type QueueFigures = { categories: { id: string; name: string }[]; figures: QueueFigure[] };

/**
 * The queue's figures of an office for the days `from` to `to` (local dates, inclusive): waiting
 * (ticket → call) and service (call → served) per category and hour, and per category overall.
 * Ticket times only: nothing personal.
 */
export async function loadQueueFigures(officeId: string, from: string, to: string): Promise<QueueFigures> {
  const [categories, tickets] = await Promise.all([
    prisma.serviceCategory.findMany({
      where: { officeId },
      orderBy: [{ active: 'desc' }, { sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true },
    }),
    prisma.queueTicket.findMany({
      where: { officeId, day: { gte: dayValue(from), lte: dayValue(to) } },
      select: { categoryId: true, issuedAt: true, calledAt: true, servedAt: true },
    }),
  ]);
  const figures = queueFigures(
    tickets,
    categories.map((c) => c.id),
  );
  const used = new Set(figures.map((f) => f.categoryId));
  return { categories: categories.filter((c) => used.has(c.id)), figures };
}
