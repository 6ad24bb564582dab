import 'server-only';
import { Client } from 'pg';
import type { Db } from '@/lib/server/core/db';

/**
 * What moved in an office's queue, as the waiting-room display and the live tickets hear it:
 * never personal data, only which ticket changed and how. `resync` is sent to every subscriber
 * after the listener lost and regained its connection: events in between may be lost, so the
 * display reloads the whole state.
 */
export type QueueEvent =
  | {
      type: 'ticket';
      officeId: string;
      ticketId: string;
      status: string;
      number: string;
      counter: number | null;
    }
  | { type: 'resync'; officeId: string };

export const QUEUE_CHANNEL = 'termin_queue';
const IDLE_CLOSE_MS = 60_000;

/**
 * Announces a change inside the caller's transaction: PostgreSQL delivers a NOTIFY only when the
 * transaction commits, so no display sees a call that was rolled back, and every app instance
 * (each with its own listener) hears it.
 */
export async function publishQueueEvent(
  db: Db,
  event: Extract<QueueEvent, { type: 'ticket' }>,
): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${QUEUE_CHANNEL}, ${JSON.stringify(event)})`;
}

type Listener = (event: QueueEvent) => void;

/**
 * One LISTEN connection per process, shared by every open display and ticket page (a pooled
 * Prisma connection cannot LISTEN: its session is handed to others). On an error or a closed
 * connection it reconnects with a growing pause (up to 10 s) and tells every subscriber to resync.
 */
class QueueListener {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private retryMs = 250;
  private retryTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly connectionString: string) {}

  subscribe(officeId: string, listener: Listener): () => void {
    let set = this.listeners.get(officeId);
    if (!set) this.listeners.set(officeId, (set = new Set()));
    set.add(listener);
    void this.ensureConnected();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(officeId);
      if (this.listeners.size === 0) this.closeWhenIdle();
    };
  }

  /** Resolves once LISTEN is in place (tests wait for it before they notify). */
  ready(): Promise<void> {
    return this.ensureConnected();
  }

  /** The server process of the LISTEN connection (tests cut it to check the reconnect). */
  async backendPid(): Promise<number> {
    await this.ensureConnected();
    const r = await this.client!.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return r.rows[0]!.pid;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    if (!this.connecting) this.connecting = this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString });
    client.on('notification', (msg) => {
      if (msg.channel !== QUEUE_CHANNEL || !msg.payload) return;
      let event: QueueEvent;
      try {
        event = JSON.parse(msg.payload) as QueueEvent;
      } catch {
        return;
      }
      this.emit(event.officeId, event);
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners();
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${QUEUE_CHANNEL}`);
    } catch (e) {
      client.removeAllListeners();
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
      throw e;
    }
    const wasReconnect = this.retryMs > 250;
    this.client = client;
    this.retryMs = 250;
    if (wasReconnect)
      for (const officeId of this.listeners.keys()) this.emit(officeId, { type: 'resync', officeId });
  }

  /** With nobody listening for a minute, the connection is given back (reopened on demand). */
  private closeWhenIdle() {
    if (this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.listeners.size > 0 || !this.client) return;
      const c = this.client;
      this.client = null;
      c.removeAllListeners();
      c.end().catch(() => undefined);
    }, IDLE_CLOSE_MS);
    this.idleTimer.unref?.();
  }

  private scheduleReconnect() {
    if (this.closed || this.retryTimer) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.listeners.size > 0) this.ensureConnected().catch(() => undefined);
    }, wait);
    this.retryTimer.unref?.();
  }

  private emit(officeId: string, event: QueueEvent) {
    for (const l of this.listeners.get(officeId) ?? []) {
      try {
        l(event);
      } catch (e) {
        console.error('queue event listener failed', e);
      }
    }
  }
}

/** A listener of its own (tests use two to stand for two app instances). */
export function createQueueListener(connectionString = process.env.DATABASE_URL ?? ''): QueueListener {
  return new QueueListener(connectionString);
}

const globalForListener = globalThis as unknown as { terminQueueListener?: QueueListener };

/** The process's listener, created on first use. */
export function queueListener(): QueueListener {
  return (globalForListener.terminQueueListener ??= createQueueListener());
}

export type { QueueListener };
