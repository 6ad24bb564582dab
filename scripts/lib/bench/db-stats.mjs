// How many statements reach the benchmark's database. With pg_stat_statements (preloaded by
// stack.mjs into the embedded server) it is the sum of `calls` in this database (every
// top-level statement, BEGIN and COMMIT included); on an external server without it, the
// committed transactions of the database (`pg_stat_database.xact_commit`: each statement
// outside a transaction is one, a transaction of several statements counts once; the server
// publishes these figures up to a second late). Either counts every client of the database:
// a benchmark subtracts what its own scripts did by measuring them alone (bench-live.mjs).
import pg from 'pg';

/**
 * @typedef {{
 *   method: 'pg_stat_statements' | 'xact_commit';
 *   label: string;
 *   read: () => Promise<number>;
 *   close: () => Promise<void>;
 * }} StatementCounter
 */

const STATEMENTS = `SELECT coalesce(sum(calls), 0)::bigint AS n FROM pg_stat_statements
  WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    AND query NOT LIKE '%pg_stat_statements%'`;
const TRANSACTIONS = `SELECT xact_commit::bigint AS n FROM pg_stat_database WHERE datname = current_database()`;

/**
 * @param {string} databaseUrl
 * @returns {Promise<StatementCounter>}
 */
export async function openStatementCounter(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  // The database may go first at a Ctrl-C; a read then fails, the process does not.
  client.on('error', () => undefined);
  await client.connect();
  // Each read is one transaction of our own: read() leaves those out of the xact_commit figure.
  let reads = 0;
  /** @param {string} sql */
  const count = async (sql) => Number((await client.query(sql)).rows[0]?.n ?? 0);
  let method = /** @type {'pg_stat_statements' | 'xact_commit'} */ ('pg_stat_statements');
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await count(STATEMENTS);
  } catch {
    method = 'xact_commit';
  }
  return {
    method,
    label:
      method === 'pg_stat_statements'
        ? 'statements (pg_stat_statements calls, BEGIN/COMMIT included)'
        : 'transactions (pg_stat_database.xact_commit; pg_stat_statements not loaded)',
    async read() {
      if (method === 'pg_stat_statements') return count(STATEMENTS);
      reads++;
      return (await count(TRANSACTIONS)) - (reads - 1);
    },
    close: () => client.end().catch(() => undefined),
  };
}

/**
 * Waits until the work events started is done (at most `timeoutMs`): the counter grows no faster
 * than `backgroundPerSec` (the app's own timers, e.g. the outbox worker) and, given `cpu` (the
 * servers' CPU seconds so far, proc.mjs serversCpu), the servers use less than a fifth of a core,
 * both for `quietMs`. The database alone is not enough: a server busy writing to its clients, or
 * in a long garbage collection, sends nothing for seconds with work still queued. Returns the
 * last reading and whether it settled.
 * @param {StatementCounter} counter
 * @param {{ backgroundPerSec?: number; cpu?: () => number; quietMs?: number; timeoutMs?: number; everyMs?: number }} [opts]
 */
export async function waitUntilSettled(
  counter,
  { backgroundPerSec = 0, cpu, quietMs = 2_000, timeoutMs = 60_000, everyMs = 500 } = {},
) {
  const deadline = Date.now() + timeoutMs;
  let last = await counter.read();
  let lastCpu = cpu?.() ?? 0;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, everyMs));
    const now = await counter.read();
    const nowCpu = cpu?.() ?? 0;
    // A little slack: one statement of a timer landing in this interval is not work still running.
    const busyDb = now - last > (backgroundPerSec * everyMs) / 1000 + 2;
    const busyCpu = nowCpu - lastCpu > (0.2 * everyMs) / 1000;
    if (busyDb || busyCpu) quietSince = Date.now();
    last = now;
    lastCpu = nowCpu;
    if (Date.now() - quietSince >= quietMs) return { value: last, settled: true };
  }
  return { value: last, settled: false };
}

/**
 * Statements a second while nothing is asked of the app (its own timers: the outbox worker, a
 * stream's keep-alive), over `ms`.
 * @param {StatementCounter} counter
 * @param {number} ms
 */
export async function backgroundRate(counter, ms) {
  const a = await counter.read();
  const t = Date.now();
  await new Promise((r) => setTimeout(r, ms));
  return ((await counter.read()) - a) / ((Date.now() - t) / 1000);
}

/**
 * Runs `work`, waits until what it started is done (waitUntilSettled, same options), and returns
 * its result with the statements counted meanwhile, the background rate's share subtracted.
 * @template T
 * @param {StatementCounter} counter
 * @param {() => Promise<T>} work
 * @param {{ backgroundPerSec?: number; cpu?: () => number; timeoutMs?: number }} [opts]
 */
export async function countStatements(counter, work, opts = {}) {
  const before = await counter.read();
  const started = Date.now();
  const result = await work();
  const settled = await waitUntilSettled(counter, opts);
  const background = ((opts.backgroundPerSec ?? 0) * (Date.now() - started)) / 1000;
  return { result, statements: settled.value - before - background, settled: settled.settled };
}
