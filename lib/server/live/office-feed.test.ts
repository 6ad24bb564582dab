// Work per event, not per screen, and never backwards: the feed loads an office once per burst of
// events for all its subscribers, reuses a current state for newcomers, and drops a load that
// finishes after a newer one. Loads are resolved by hand here, in any order.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FeedEvents, type Snapshot, createOfficeFeed } from './office-feed';

afterEach(() => {
  vi.useRealTimers();
});

/** Events the test fires by hand. */
function manualEvents(live = true) {
  const listeners = new Map<string, Set<() => void>>();
  const events: FeedEvents & { fire(officeId: string): void } = {
    live,
    ready: async () => {},
    subscribe(officeId, onEvent) {
      const set = listeners.get(officeId) ?? new Set();
      listeners.set(officeId, set);
      set.add(onEvent);
      return () => set.delete(onEvent);
    },
    fire: (officeId) => listeners.get(officeId)?.forEach((l) => l()),
  };
  return events;
}

/** Loads that wait for the test: `resolve(i, state)` finishes the i-th load begun. */
function manualLoads() {
  const pending: { officeId: string; resolve: (s: string) => void }[] = [];
  return {
    pending,
    load: (officeId: string) =>
      new Promise<string | null>((resolve) => pending.push({ officeId, resolve: (s) => resolve(s) })),
    resolve: async (i: number, state: string) => {
      pending[i]!.resolve(state);
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

function setup(opts: { live?: boolean } = {}) {
  vi.useFakeTimers();
  const events = manualEvents(opts.live);
  const loads = manualLoads();
  const feed = createOfficeFeed<string>({ load: loads.load, events, coalesceMs: 150, maxAgeMs: 30_000 });
  const seen = (into: string[]) => (s: Snapshot<string>) => into.push(`${s.version}:${s.state}`);
  return { events, loads, feed, seen };
}

describe('the office feed', () => {
  it('loads once for 200 subscribers, and once per event burst whatever their number', async () => {
    const { events, loads, feed, seen } = setup();
    const screens = Array.from({ length: 200 }, () => [] as string[]);
    for (const s of screens) feed.subscribe('o', seen(s));
    expect(feed.loads).toBe(1);
    await loads.resolve(0, 'A');
    expect(screens.every((s) => s.join() === '1:A')).toBe(true);

    // Five events in one burst: one load, delivered to all.
    for (let i = 0; i < 5; i++) events.fire('o');
    await vi.advanceTimersByTimeAsync(150);
    expect(feed.loads).toBe(2);
    await loads.resolve(1, 'B');
    expect(screens.every((s) => s.join() === '1:A,2:B')).toBe(true);

    // 200 more screens while the state is current: nothing loaded, each gets it at once.
    const late = Array.from({ length: 200 }, () => [] as string[]);
    for (const s of late) feed.subscribe('o', seen(s));
    expect(feed.loads).toBe(2);
    expect(late.every((s) => s.join() === '2:B')).toBe(true);
  });

  it('costs the same one load per event with one subscriber as with two hundred', async () => {
    const count = async (n: number) => {
      const { events, loads, feed } = setup();
      for (let i = 0; i < n; i++) feed.subscribe('o', () => {});
      await loads.resolve(0, 'A');
      const before = feed.loads;
      events.fire('o');
      await vi.advanceTimersByTimeAsync(200);
      return feed.loads - before;
    };
    expect(await count(1)).toBe(1);
    expect(await count(200)).toBe(1);
  });

  it('never sends an older state after a newer one (loads finishing out of order)', async () => {
    const { events, loads, feed, seen } = setup();
    const screen: string[] = [];
    feed.subscribe('o', seen(screen));
    events.fire('o');
    await vi.advanceTimersByTimeAsync(150);
    expect(loads.pending).toHaveLength(2);
    // The second load (begun after the event) finishes first; the first one's older state is dropped.
    await loads.resolve(1, 'new');
    await loads.resolve(0, 'old');
    expect(screen).toEqual(['2:new']);
    // A newcomer gets the newest state, too.
    const late: string[] = [];
    feed.subscribe('o', seen(late));
    expect(late).toEqual(['2:new']);
  });

  it('joins a load in flight, and loads again for a newcomer once the state is stale', async () => {
    const { events, loads, feed } = setup();
    feed.subscribe('o', () => {});
    feed.subscribe('o', () => {});
    expect(feed.loads).toBe(1);
    await loads.resolve(0, 'A');
    events.fire('o'); // heard, not yet loaded: the remembered state is stale
    feed.subscribe('o', () => {});
    expect(feed.loads).toBe(2);
    await vi.advanceTimersByTimeAsync(150); // the burst's load joins the one just begun
    expect(feed.loads).toBe(2);
    await loads.resolve(1, 'B');
    await vi.advanceTimersByTimeAsync(30_000); // too old for a newcomer
    feed.subscribe('o', () => {});
    expect(feed.loads).toBe(3);
  });

  it('trusts no state loaded while events were not heard', async () => {
    const { loads, feed } = setup({ live: false });
    feed.subscribe('o', () => {});
    await loads.resolve(0, 'A');
    feed.subscribe('o', () => {});
    expect(feed.loads).toBe(2);
  });

  it('hands a snapshot out a slice at a time, other work getting turns in between', async () => {
    const { loads, feed } = setup();
    const got: number[] = [];
    for (let i = 0; i < 250; i++) feed.subscribe('o', () => got.push(i));
    loads.pending[0]!.resolve('A');
    for (let i = 0; i < 5; i++) await Promise.resolve(); // the load's callbacks, no timer turn yet
    expect(got).toHaveLength(100);
    for (let turn = 0; turn < 5; turn++) await vi.advanceTimersByTimeAsync(1);
    expect(got).toHaveLength(250);
    expect(new Set(got).size).toBe(250);
  });

  it('forgets an office nobody watches, and loads it afresh for a page', async () => {
    const { events, loads, feed } = setup();
    const off = feed.subscribe('o', () => {});
    await loads.resolve(0, 'A');
    expect((await feed.current('o')).state).toBe('A');
    expect(feed.loads).toBe(1);
    off();
    events.fire('o');
    await vi.advanceTimersByTimeAsync(200);
    expect(feed.loads).toBe(1);
    const page = feed.current('o');
    await loads.resolve(1, 'B');
    expect((await page).state).toBe('B');
  });
});
