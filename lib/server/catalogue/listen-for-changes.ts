import 'server-only';
import pg from 'pg';

/** The PostgreSQL channel on which a committed catalogue edit is announced to every app instance. */
export const CACHE_CHANNEL = 'termin_cache';

export type ChangeListener = {
  /** Whether notifications arrive now: while not, nothing may be remembered (one could be missed). */
  readonly live: boolean;
  stop(): Promise<void>;
};

type Options = {
  connectionString: string;
  /** Called for each notification, and once each time listening (re)starts. */
  onChange: () => void;
  /** First wait before reconnecting; doubled after each failure, at most 30 s. */
  retryMs?: number;
};

const MAX_RETRY_MS = 30_000;

/**
 * LISTENs on CACHE_CHANNEL over a connection of its own, for as long as the process runs. A lost
 * connection (a database restart, a network cut) is re-opened with back-off; after each
 * (re)connect `onChange` runs too, because notifications sent while nobody listened are gone.
 * A notification is delivered only when the transaction that sent it commits.
 */
export function listenForChanges({ connectionString, onChange, retryMs = 1_000 }: Options): ChangeListener {
  let client: pg.Client | undefined;
  let live = false;
  let stopped = false;
  let delay = retryMs;
  let timer: NodeJS.Timeout | undefined;

  function lost(c: pg.Client) {
    if (client !== c) return; // an old connection's late event
    client = undefined;
    live = false;
    c.end().catch(() => {});
    if (stopped) return;
    timer = setTimeout(connect, delay);
    timer.unref(); // never what keeps a process (or a test run) alive
    delay = Math.min(delay * 2, MAX_RETRY_MS);
  }

  async function connect() {
    const c = new pg.Client({ connectionString, keepAlive: true });
    client = c;
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    c.on('notification', (n) => {
      if (n.channel === CACHE_CHANNEL) onChange();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CACHE_CHANNEL}`);
    } catch {
      lost(c);
      return;
    }
    if (client !== c) return;
    live = true;
    delay = retryMs;
    onChange();
  }

  void connect();
  return {
    get live() {
      return live;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const c = client;
      client = undefined;
      live = false;
      await c?.end().catch(() => {});
    },
  };
}
