import 'server-only';
import type { Db } from '@/lib/server/core/db';
import {
  type PgListenOptions,
  type PgListener,
  listenConnectionString,
  listenOnChannels,
} from '@/lib/server/core/pg-listen';
import { processSingleton } from '@/lib/server/core/process-singleton';

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

export type QueueListenerOptions = Pick<PgListenOptions, 'retryMs' | 'livenessMs' | 'livenessTimeoutMs'>;

/**
 * One LISTEN connection per process, shared by every open display and ticket page
 * (core/pg-listen.ts: reconnects with back-off, notices a connection that died without a word).
 * After a reconnect every subscriber is told to resync: events in between may be lost. With
 * nobody subscribed for a minute the connection is given back, and reopened on demand.
 */
class QueueListener {
  private pg: PgListener | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly options: QueueListenerOptions = {},
  ) {}

  subscribe(officeId: string, listener: Listener): () => void {
    let set = this.listeners.get(officeId);
    if (!set) this.listeners.set(officeId, (set = new Set()));
    set.add(listener);
    this.start();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(officeId) === set) this.listeners.delete(officeId);
      if (this.listeners.size === 0) this.closeWhenIdle();
    };
  }

  /** Whether events arrive now. */
  get live(): boolean {
    return this.pg?.live ?? false;
  }

  /** Resolves once LISTEN is in place (tests wait for it before they notify). */
  ready(): Promise<void> {
    return this.start().ready();
  }

  /** The server process of the LISTEN connection (tests cut it to check the reconnect). */
  backendPid(): Promise<number> {
    return this.start().backendPid();
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const pg = this.pg;
    this.pg = null;
    await pg?.stop();
  }

  private start(): PgListener {
    this.pg ??= listenOnChannels({
      connectionString: this.connectionString,
      channels: [QUEUE_CHANNEL],
      onNotify: (_channel, payload) => {
        let event: QueueEvent;
        try {
          event = JSON.parse(payload) as QueueEvent;
        } catch {
          return;
        }
        this.emit(event.officeId, event);
      },
      onListening: (reconnected) => {
        if (reconnected)
          for (const officeId of [...this.listeners.keys()])
            this.emit(officeId, { type: 'resync', officeId });
      },
      ...this.options,
    });
    return this.pg;
  }

  private closeWhenIdle() {
    if (this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.listeners.size > 0) return;
      const pg = this.pg;
      this.pg = null;
      void pg?.stop();
    }, IDLE_CLOSE_MS);
    this.idleTimer.unref?.();
  }

  private emit(officeId: string, event: QueueEvent) {
    for (const l of [...(this.listeners.get(officeId) ?? [])]) {
      try {
        l(event);
      } catch (e) {
        console.error('queue event listener failed', e);
      }
    }
  }
}

/** A listener of its own (tests use two to stand for two app instances). */
export function createQueueListener(
  connectionString = listenConnectionString(),
  options: QueueListenerOptions = {},
): QueueListener {
  return new QueueListener(connectionString, options);
}

/** The process's listener, created on first use. */
export function queueListener(): QueueListener {
  return processSingleton('queueListener', () => createQueueListener());
}

export type { QueueListener };
