import 'server-only';
import { LRUCache } from 'lru-cache';
import { prisma } from '@/lib/server/core/db';
import { processSingleton } from '@/lib/server/core/process-singleton';

/** Lookups asked within this window go to the database together. */
const BATCH_MS = 10;
const MAX_BATCH = 500;

type Waiter = { ticketId: string; day: string; resolve: (officeId: string | null) => void };

/**
 * Batches lookups of tickets' offices: a ticket's office and day never change, so an answer is
 * remembered (bounded), and the phones of a waiting room reconnecting together after a deploy
 * cost one query per batch, not one each. Only ids from a signed link reach here.
 */
function createTicketOffices() {
  const known = new LRUCache<string, { officeId: string; day: string }>({ max: 20_000 });
  const waiting: Waiter[] = [];
  let timer: NodeJS.Timeout | null = null;

  async function flush() {
    timer = null;
    const batch = waiting.splice(0, MAX_BATCH);
    if (waiting.length) timer = setTimeout(flush, 0);
    try {
      const rows = await prisma.queueTicket.findMany({
        where: { id: { in: [...new Set(batch.map((w) => w.ticketId))] } },
        select: { id: true, officeId: true, day: true },
      });
      for (const r of rows) known.set(r.id, { officeId: r.officeId, day: r.day.toISOString().slice(0, 10) });
      for (const w of batch) w.resolve(answer(w.ticketId, w.day));
    } catch (e) {
      console.error('ticket lookup failed', e);
      for (const w of batch) w.resolve(null);
    }
  }

  const answer = (ticketId: string, day: string) => {
    const k = known.get(ticketId);
    return k && k.day === day ? k.officeId : null;
  };

  return function find(ticketId: string, day: string): Promise<string | null> {
    if (known.has(ticketId)) return Promise.resolve(answer(ticketId, day));
    return new Promise((resolve) => {
      waiting.push({ ticketId, day, resolve });
      timer ??= setTimeout(flush, BATCH_MS);
    });
  };
}

/** The office of a ticket of `day` (YYYY-MM-DD), or null when there is no such ticket that day. */
export function findTicketOffice(ticketId: string, day: string): Promise<string | null> {
  return processSingleton('ticketOffices', createTicketOffices)(ticketId, day);
}
