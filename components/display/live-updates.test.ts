// A stream that EventSource gave up on (a 429 at the server's cap, a 5xx) is reopened after a
// growing, random wait; one EventSource reconnects by itself is left to it.
import { describe, expect, it } from 'vitest';
import { type LiveDeps, followLiveState } from './live-updates';

class FakeSource {
  readyState = 0;
  closed = false;
  private handlers = new Map<string, ((e: unknown) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, fn: (e: unknown) => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), fn]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data?: string) {
    for (const fn of this.handlers.get(type) ?? []) fn({ data });
  }
}

function harness() {
  const sources: FakeSource[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const deps = {
    open: (url: string) => {
      const s = new FakeSource(url);
      sources.push(s);
      return s;
    },
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
    clearTimeout: () => {},
    random: () => 0.5,
  } as unknown as LiveDeps;
  const states: unknown[] = [];
  const stop = followLiveState('/display/cup/events', (s) => states.push(s), deps);
  return { sources, timers, states, stop };
}

describe('followLiveState', () => {
  it('hands on each state, and stops for good on gone', () => {
    const h = harness();
    h.sources[0]!.emit('state', '{"n":1}');
    h.sources[0]!.emit('state', 'not json');
    h.sources[0]!.emit('gone');
    expect(h.states).toEqual([{ n: 1 }, null]);
    expect(h.sources[0]!.closed).toBe(true);
    h.sources[0]!.emit('error');
    expect(h.timers).toHaveLength(0);
  });

  it('leaves a reconnecting source alone, and reopens a closed one later and later', () => {
    const h = harness();
    h.sources[0]!.readyState = 0; // CONNECTING: EventSource retries by itself
    h.sources[0]!.emit('error');
    expect(h.timers).toHaveLength(0);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const s = h.sources.at(-1)!;
      s.readyState = 2; // CLOSED: refused (429) or not a stream
      s.emit('error');
      s.emit('error'); // a second error of the same source schedules nothing more
      waits.push(h.timers.at(-1)!.ms);
      h.timers.at(-1)!.fn();
    }
    expect(h.sources).toHaveLength(7);
    expect(waits).toEqual([5_000, 7_500, 15_000, 30_000, 45_000, 45_000]);
    // A state resets the back-off.
    h.sources.at(-1)!.emit('state', '{}');
    h.sources.at(-1)!.readyState = 2;
    h.sources.at(-1)!.emit('error');
    expect(h.timers.at(-1)!.ms).toBe(5_000);
  });

  it('opens nothing after it was stopped', () => {
    const h = harness();
    h.stop();
    expect(h.sources[0]!.closed).toBe(true);
    h.sources[0]!.emit('error');
    expect(h.timers).toHaveLength(0);
  });
});
