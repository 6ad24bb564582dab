import 'server-only';
import type { Socket } from 'node:net';
import pg from 'pg';

/**
 * Where LISTEN connects: DATABASE_LISTEN_URL when set (PostgreSQL itself, or a pooler in session
 * mode, for a DATABASE_URL through a transaction-mode pooler, which cannot hold a LISTEN), else
 * DATABASE_URL.
 */
export function listenConnectionString(env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_LISTEN_URL || env.DATABASE_URL || '';
}

export type PgListenOptions = {
  connectionString: string;
  channels: readonly string[];
  /**
   * Each notification on one of `channels`, as PostgreSQL delivers it: after its sender commits;
   * `sender` is the server process of the connection that sent it.
   */
  onNotify: (channel: string, payload: string, sender: number) => void;
  /**
   * After LISTEN is in place, the first time and after every reconnect: notifications sent while
   * nobody listened are gone, so whoever keeps state from them resyncs here.
   */
  onListening?: (reconnected: boolean) => void;
  /** First wait before reconnecting; doubled after each failure, at most `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** How often the connection must answer a `SELECT 1`, and how long it may take. */
  livenessMs?: number;
  livenessTimeoutMs?: number;
};

export type PgListener = {
  /** Whether notifications arrive now. */
  readonly live: boolean;
  /** Resolves once LISTEN is in place (tests wait for it before they notify). */
  ready(): Promise<void>;
  /** The server process of the connection (tests end it to check the reconnect). */
  backendPid(): Promise<number>;
  stop(): Promise<void>;
};

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

/**
 * A connection of its own that LISTENs on `channels` for as long as it is not stopped (a pooled
 * connection cannot: its session is handed to others). A lost connection is reopened with
 * back-off. A connection can also die without a word (a firewall dropping an idle flow, a
 * half-open TCP connection): TCP keepalive asks the kernel to notice, and a `SELECT 1` every
 * `livenessMs` that must answer within `livenessTimeoutMs` notices within a minute what the
 * kernel may take hours to; the socket is then destroyed and reopened like any lost connection.
 */
export function listenOnChannels(o: PgListenOptions): PgListener {
  for (const c of o.channels) if (!CHANNEL.test(c)) throw new Error(`bad channel name ${c}`);
  const retryMs = o.retryMs ?? 250;
  const maxRetryMs = o.maxRetryMs ?? 10_000;
  const livenessMs = o.livenessMs ?? 30_000;
  const livenessTimeoutMs = o.livenessTimeoutMs ?? 10_000;
  let client: pg.Client | undefined;
  let live = false;
  let stopped = false;
  let everListened = false;
  let delay = retryMs;
  let retryTimer: NodeJS.Timeout | undefined;
  let livenessTimer: NodeJS.Timeout | undefined;
  let waiters: (() => void)[] = [];

  const socketOf = (c: pg.Client) =>
    (c as unknown as { connection?: { stream?: Socket } }).connection?.stream;

  function lost(c: pg.Client) {
    if (client !== c) return; // an old connection's late event
    client = undefined;
    live = false;
    clearInterval(livenessTimer);
    c.removeAllListeners('notification');
    socketOf(c)?.destroy();
    c.end().catch(() => {});
    if (stopped) return;
    retryTimer = setTimeout(connect, delay);
    retryTimer.unref(); // never what keeps a process (or a test run) alive
    delay = Math.min(delay * 2, maxRetryMs);
  }

  function checkLiveness(c: pg.Client) {
    const timeout = setTimeout(() => lost(c), livenessTimeoutMs);
    timeout.unref();
    c.query('SELECT 1').then(
      () => clearTimeout(timeout),
      () => {
        clearTimeout(timeout);
        lost(c);
      },
    );
  }

  async function connect() {
    retryTimer = undefined;
    const c = new pg.Client({
      connectionString: o.connectionString,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: livenessTimeoutMs,
    });
    client = c;
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    c.on('notification', (n) => {
      if (n.payload !== undefined && o.channels.includes(n.channel))
        o.onNotify(n.channel, n.payload, n.processId);
    });
    try {
      await c.connect();
      for (const channel of o.channels) await c.query(`LISTEN ${channel}`);
    } catch {
      lost(c);
      return;
    }
    if (client !== c || stopped) return;
    live = true;
    delay = retryMs;
    livenessTimer = setInterval(() => checkLiveness(c), livenessMs);
    livenessTimer.unref();
    const reconnected = everListened;
    everListened = true;
    for (const w of waiters.splice(0)) w();
    o.onListening?.(reconnected);
  }

  void connect();
  return {
    get live() {
      return live;
    },
    ready() {
      return live ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    async backendPid() {
      await this.ready();
      const r = await client!.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      return r.rows[0]!.pid;
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearInterval(livenessTimer);
      const c = client;
      client = undefined;
      live = false;
      waiters = [];
      if (c) {
        c.removeAllListeners('notification');
        // A connection that stopped answering would keep end() waiting for ever.
        const ended = c.end().catch(() => {});
        const timer = setTimeout(() => socketOf(c)?.destroy(), 1_000);
        await ended;
        clearTimeout(timer);
      }
    },
  };
}
