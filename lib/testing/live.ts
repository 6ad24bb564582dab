import type { OfficeQueueSnapshot } from '@/lib/domain/live-queue';
import { type LiveHub, createLiveHub } from '@/lib/server/live/live-hub';
import { loadOfficeQueue } from '@/lib/server/live/load-office-queue';
import type { FeedEvents } from '@/lib/server/live/office-feed';
import type { StreamLimits } from '@/lib/server/live/stream-gate';

/** Events that never come (a feed that only loads), and are always "heard". */
export const SILENT_EVENTS: FeedEvents = { subscribe: () => () => {}, live: true, ready: async () => {} };

/**
 * A live hub of a test's own: its loads read the queue as of `now()`, counted in `loads`; limits
 * and the stream lifetime default to generous values.
 */
export function createTestLiveHub(o: {
  now?: () => Date;
  events?: FeedEvents;
  limits?: Partial<StreamLimits>;
  streamMs?: number;
  coalesceMs?: number;
  load?: (officeId: string) => Promise<OfficeQueueSnapshot | null>;
}): LiveHub {
  const now = o.now ?? (() => new Date());
  return createLiveHub({
    events: o.events ?? SILENT_EVENTS,
    load: o.load ?? ((officeId) => loadOfficeQueue(officeId, now())),
    limits: { total: 10_000, perAddress: 10_000, perTicket: 10_000, ...o.limits },
    streamMs: o.streamMs ?? 60 * 60_000,
    coalesceMs: o.coalesceMs ?? 20,
  });
}
