// Races replayed without timing luck: a test holds a transaction open, starts the competing
// call, and waits until PostgreSQL reports that call waiting on the open transaction's locks.
import { prisma } from '@/lib/server/core/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The server process of a transaction, to find who waits for it. */
export async function backendPid(tx: Prisma.TransactionClient): Promise<number> {
  const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  return row!.pid;
}

/**
 * Resolves once `count` sessions wait, directly or behind one another in a lock queue, for locks
 * held by session `pid`; sessions of other test files running at the same time are not counted.
 */
export async function waitForWaiters(pid: number, count: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await prisma.$queryRaw<{ n: number }[]>`
      WITH RECURSIVE waiting(pid) AS (
        SELECT a.pid FROM pg_stat_activity a WHERE ${pid}::int = ANY(pg_blocking_pids(a.pid))
        UNION
        SELECT a.pid FROM pg_stat_activity a JOIN waiting w ON w.pid = ANY(pg_blocking_pids(a.pid))
      )
      SELECT count(*)::int AS n FROM waiting`;
    if (row!.n >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${row!.n} of ${count} sessions wait for ${pid}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A transaction the test ends itself: `opened` resolves inside it, `commit()` lets it finish. */
export function openTransaction(body: (tx: Prisma.TransactionClient) => Promise<void>) {
  let commit!: () => void;
  const gate = new Promise<void>((r) => (commit = r));
  let ready!: (pid: number) => void;
  let failed!: (e: unknown) => void;
  const opened = new Promise<number>((resolve, reject) => ((ready = resolve), (failed = reject)));
  const done = prisma.$transaction(
    async (tx) => {
      await body(tx);
      ready(await backendPid(tx));
      await gate;
    },
    { maxWait: 20_000, timeout: 30_000 },
  );
  // A body that fails rejects `opened` too, so the test does not wait forever.
  done.catch(failed);
  return { opened, commit, done };
}
