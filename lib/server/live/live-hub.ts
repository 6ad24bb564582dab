import 'server-only';
import type { OfficeQueueSnapshot } from '@/lib/domain/live-queue';
import { jitter } from '@/lib/domain/live-timing';
import { translator } from '@/lib/i18n/translator';
import { getConfig } from '@/lib/server/core/config';
import { processSingleton } from '@/lib/server/core/process-singleton';
import { clientKey } from '@/lib/server/core/rate-limit';
import { loadOfficeQueue } from './load-office-queue';
import { type FeedEvents, type OfficeFeed, type Snapshot, createOfficeFeed } from './office-feed';
import { queueListener } from './queue-events';
import { type EventSink, sseResponse } from './sse-response';
import { type StreamGate, type StreamLimits, createStreamGate } from './stream-gate';

/** Every live screen of this process: one feed of office snapshots, one gate on open streams. */
export type LiveHub = {
  feed: OfficeFeed<OfficeQueueSnapshot>;
  gate: StreamGate;
  /** A stream's lifetime before it is spread at random (±25 %). */
  streamMs: number;
  random: () => number;
};

export type LiveHubOptions = {
  events: FeedEvents;
  load: (officeId: string) => Promise<OfficeQueueSnapshot | null>;
  limits: StreamLimits;
  streamMs: number;
  coalesceMs?: number;
  random?: () => number;
};

export function createLiveHub(o: LiveHubOptions): LiveHub {
  const random = o.random ?? Math.random;
  return {
    feed: createOfficeFeed({ load: o.load, events: o.events, coalesceMs: o.coalesceMs }),
    gate: createStreamGate(o.limits, random),
    streamMs: o.streamMs,
    random,
  };
}

/** The process's hub, made on first use from the configuration. */
export function liveHub(): LiveHub {
  return processSingleton('liveHub', () => {
    const { live } = getConfig();
    return createLiveHub({
      events: {
        subscribe: (officeId, onEvent) => queueListener().subscribe(officeId, onEvent),
        get live() {
          return queueListener().live;
        },
        ready: () => queueListener().ready(),
      },
      load: (officeId) => loadOfficeQueue(officeId),
      limits: { total: live.maxStreams, perAddress: live.perAddress, perTicket: live.perTicket },
      streamMs: live.streamMinutes * 60_000,
    });
  });
}

/** How long EventSource waits before it reconnects after a stream's normal end: 2–5 s. */
const retryMs = (random: () => number) => 2_000 + Math.round(3_000 * random());

/**
 * A live stream of one office's snapshots, admitted under the hub's limits (else 429 with
 * Retry-After, so a flood of connections costs a counter, not a stream). `onSnapshot` turns each
 * snapshot into what this screen is sent; only snapshots newer than the last one sent reach it,
 * so a screen never goes back to an older state.
 */
export async function openOfficeStream(
  hub: LiveHub,
  o: {
    request: Request;
    officeId: string;
    ticket?: string;
    onSnapshot: (snapshot: Snapshot<OfficeQueueSnapshot>, sink: EventSink) => void;
  },
): Promise<Response> {
  const admission = hub.gate.admit({ address: await clientKey(o.request.headers), ticket: o.ticket });
  if (!admission.ok) {
    const t = translator();
    return new Response(t('display.busy', { seconds: String(admission.retryAfterSeconds) }), {
      status: 429,
      headers: {
        'Retry-After': String(admission.retryAfterSeconds),
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      },
    });
  }
  return sseResponse(
    {
      signal: o.request.signal,
      lifetimeMs: jitter(hub.streamMs, hub.random()),
      retryMs: retryMs(hub.random),
      onClose: admission.release,
    },
    (sink) => {
      let sent = 0;
      return hub.feed.subscribe(o.officeId, (snapshot) => {
        if (snapshot.version <= sent) return;
        sent = snapshot.version;
        o.onSnapshot(snapshot, sink);
      });
    },
  );
}
