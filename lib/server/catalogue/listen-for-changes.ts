import 'server-only';
import { listenOnChannels } from '@/lib/server/core/pg-listen';

/** The PostgreSQL channel on which a committed catalogue edit is announced to every app instance. */
export const CACHE_CHANNEL = 'termin_cache';

export type ChangeListener = {
  /** Whether notifications arrive now: while not, nothing may be remembered (one could be missed). */
  readonly live: boolean;
  stop(): Promise<void>;
};

type Options = {
  connectionString: string;
  /**
   * Called for each notification, with the server process of the connection that sent it, and
   * once without one each time listening (re)starts.
   */
  onChange: (sender?: number) => void;
  /** First wait before reconnecting; doubled after each failure, at most 30 s. */
  retryMs?: number;
  /** How often the connection must prove it is alive (core/pg-listen.ts). */
  livenessMs?: number;
  livenessTimeoutMs?: number;
};

/**
 * LISTENs on CACHE_CHANNEL for as long as the process runs (core/pg-listen.ts: reconnects with
 * back-off, notices a connection that died without a word). After each (re)connect `onChange`
 * runs too, because notifications sent while nobody listened are gone. A notification is
 * delivered only when the transaction that sent it commits.
 */
export function listenForChanges({
  connectionString,
  onChange,
  retryMs = 1_000,
  ...liveness
}: Options): ChangeListener {
  return listenOnChannels({
    connectionString,
    channels: [CACHE_CHANNEL],
    onNotify: (_channel, _payload, sender) => onChange(sender),
    onListening: () => onChange(),
    retryMs,
    maxRetryMs: 30_000,
    ...liveness,
  });
}
