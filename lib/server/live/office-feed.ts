import 'server-only';

/** A state as loaded once for every screen of an office; `version` grows with every load begun. */
export type Snapshot<S> = { version: number; state: S | null; loadedAt: number };

/** Where the feed hears that an office's queue moved (lib/server/live/queue-events.ts). */
export type FeedEvents = {
  subscribe(officeId: string, onEvent: () => void): () => void;
  readonly live: boolean;
  ready(): Promise<void>;
};

export type OfficeFeedOptions<S> = {
  /** One office's whole state; null when the office does not exist. */
  load: (officeId: string) => Promise<S | null>;
  events: FeedEvents;
  /** Events within this window are answered with one load. */
  coalesceMs?: number;
  /** A remembered state older than this is loaded afresh for a new screen. */
  maxAgeMs?: number;
  /** While screens are open, a load this often even without events (estimates age with time). */
  refreshMs?: number;
  clock?: () => number;
};

/** Subscribers served before other work gets a turn. */
const FANOUT_SLICE = 100;

export type OfficeFeed<S> = {
  /**
   * Hands `deliver` the office's latest state at once if there is one, then every newer state
   * until the returned function is called. States arrive in the order of their versions: a load
   * that finishes after a newer one is dropped.
   */
  subscribe(officeId: string, deliver: (snapshot: Snapshot<S>) => void): () => void;
  /** The office's state now: the remembered one while it is current, else a load (shared). */
  current(officeId: string): Promise<Snapshot<S>>;
  /** As an event would: the office's screens get a fresh state after the coalescing window. */
  changed(officeId: string): void;
  /** Loads begun so far (tests and the benchmark count them). */
  readonly loads: number;
};

type Entry<S> = {
  officeId: string;
  subscribers: Set<(snapshot: Snapshot<S>) => void>;
  latest: (Snapshot<S> & { basedOn: number; trusted: boolean }) | null;
  /** Events heard since the entry was made; a state is current only if loaded after the last. */
  changes: number;
  seq: number;
  inflight: { basedOn: number; promise: Promise<Snapshot<S>> } | null;
  coalesce: NodeJS.Timeout | null;
  refresh: NodeJS.Timeout | null;
  unlisten: () => void;
};

/**
 * Work per event, not per screen: each office's state is loaded once per burst of events and the
 * same snapshot goes to every subscriber of the office; a new subscriber gets the remembered
 * snapshot while it is current (loaded after the last event, while events were heard, and not
 * older than `maxAgeMs`), so a thousand screens connecting together cost one load. See
 * docs/decisions/027-live-streams.md.
 */
export function createOfficeFeed<S>(o: OfficeFeedOptions<S>): OfficeFeed<S> {
  const coalesceMs = o.coalesceMs ?? 150;
  const maxAgeMs = o.maxAgeMs ?? 30_000;
  const refreshMs = o.refreshMs ?? 60_000;
  const clock = o.clock ?? Date.now;
  const entries = new Map<string, Entry<S>>();
  let loads = 0;

  const isCurrent = (e: Entry<S>) =>
    !!e.latest &&
    e.latest.trusted &&
    e.latest.basedOn === e.changes &&
    clock() - e.latest.loadedAt < maxAgeMs;

  function load(e: Entry<S>): Promise<Snapshot<S>> {
    if (e.inflight && e.inflight.basedOn === e.changes) return e.inflight.promise;
    const version = ++e.seq;
    const basedOn = e.changes;
    const trusted = o.events.live;
    loads++;
    const promise = o.load(e.officeId).then(
      (state) => {
        const snapshot = { version, state, loadedAt: clock(), basedOn, trusted };
        if (!e.latest || version > e.latest.version) {
          e.latest = snapshot;
          fanOut(e, snapshot);
        }
        return e.latest;
      },
      (error: unknown) => {
        console.error('live state failed', error);
        // Screens keep what they show and get the next state after a pause.
        if (e.subscribers.size > 0 && !e.coalesce) e.coalesce = setTimeout(() => reload(e), 2_000);
        throw error;
      },
    );
    const inflight = { basedOn, promise };
    e.inflight = inflight;
    void promise.then(
      () => e.inflight === inflight && (e.inflight = null),
      () => e.inflight === inflight && (e.inflight = null),
    );
    return promise;
  }

  /**
   * Hands the snapshot to the office's subscribers a slice at a time, letting other requests in
   * between: thousands of writes at once would hold every page up. A newer snapshot takes over.
   */
  function fanOut(e: Entry<S>, snapshot: Entry<S>['latest'] & object) {
    const subscribers = [...e.subscribers];
    let i = 0;
    const slice = () => {
      if (e.latest !== snapshot) return;
      for (const end = Math.min(i + FANOUT_SLICE, subscribers.length); i < end; i++) {
        if (e.subscribers.has(subscribers[i]!)) subscribers[i]!(snapshot);
      }
      if (i < subscribers.length) setImmediate(slice);
    };
    slice();
  }

  function reload(e: Entry<S>) {
    e.coalesce = null;
    load(e).catch(() => {});
  }

  function changed(e: Entry<S>) {
    e.changes++;
    if (!e.coalesce) e.coalesce = setTimeout(() => reload(e), coalesceMs);
  }

  function open(officeId: string): Entry<S> {
    const existing = entries.get(officeId);
    if (existing) return existing;
    const e: Entry<S> = {
      officeId,
      subscribers: new Set(),
      latest: null,
      changes: 0,
      seq: 0,
      inflight: null,
      coalesce: null,
      refresh: null,
      unlisten: () => {},
    };
    entries.set(officeId, e);
    e.unlisten = o.events.subscribe(officeId, () => changed(e));
    // A load begun before LISTEN was in place may have missed an event: load again once it is.
    if (!o.events.live) void o.events.ready().then(() => entries.get(officeId) === e && changed(e));
    e.refresh = setInterval(() => changed(e), refreshMs);
    e.refresh.unref();
    return e;
  }

  function close(e: Entry<S>) {
    if (e.subscribers.size > 0 || entries.get(e.officeId) !== e) return;
    entries.delete(e.officeId);
    e.unlisten();
    if (e.coalesce) clearTimeout(e.coalesce);
    if (e.refresh) clearInterval(e.refresh);
  }

  return {
    subscribe(officeId, deliver) {
      const e = open(officeId);
      e.subscribers.add(deliver);
      if (e.latest) deliver(e.latest);
      if (!isCurrent(e)) load(e).catch(() => {});
      return () => {
        e.subscribers.delete(deliver);
        close(e);
      };
    },
    async current(officeId) {
      const e = entries.get(officeId);
      if (e && isCurrent(e)) return e.latest!;
      if (e) return load(e);
      // Nobody watches this office: nothing is remembered, nothing listened to.
      loads++;
      return { version: 0, state: await o.load(officeId), loadedAt: clock() };
    },
    changed(officeId) {
      const e = entries.get(officeId);
      if (e) changed(e);
    },
    get loads() {
      return loads;
    },
  };
}
