import 'server-only';
import { prisma } from './db';

/** Whether the database answers (for `/api/health`); its version is nobody's business outside. */
export async function checkDatabase(): Promise<{ ok: boolean }> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

export type OutboxHealth = {
  /** Messages waiting to be sent (due or retrying). */
  pending: number;
  /** Age of the oldest waiting message in seconds, 0 when none waits: a stuck relay shows here. */
  oldestPendingSeconds: number;
  /** Messages given up and not yet re-sent or closed by an administrator (/admin/wiadomosci). */
  failed: number;
};

/** The outbox's backlog for monitoring; one scan of a table retention keeps small. */
export async function checkOutbox(now: Date): Promise<OutboxHealth> {
  const [row] = await prisma.$queryRaw<{ pending: number; oldest: Date | null; failed: number }[]>`
    SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
      min("createdAt") FILTER (WHERE status = 'PENDING') AS oldest,
      count(*) FILTER (WHERE status = 'FAILED' AND "handledAt" IS NULL)::int AS failed
    FROM "OutboxMessage"`;
  const oldest = row?.oldest;
  return {
    pending: row?.pending ?? 0,
    oldestPendingSeconds: oldest ? Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / 1000)) : 0,
    failed: row?.failed ?? 0,
  };
}
