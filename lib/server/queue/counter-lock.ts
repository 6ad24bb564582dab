import 'server-only';
import type { Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { today } from './called-ticket';

/**
 * Serialises one counter's actions (a double click, two browsers at one counter) with a
 * transaction-scoped advisory lock, then refuses a call while the counter still has a ticket.
 */
export async function lockCounter(tx: Tx, officeId: string, counter: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`queue-counter:${officeId}:${counter}`}, 0))`;
}

export async function assertCounterFree(tx: Tx, officeId: string, counter: number, now: Date): Promise<void> {
  const busy = await tx.queueTicket.findFirst({
    where: { officeId, day: today(now), counter, status: 'CALLED' },
    select: { number: true },
  });
  if (busy) throw new AppError('COUNTER_BUSY', { params: { number: busy.number } });
}
