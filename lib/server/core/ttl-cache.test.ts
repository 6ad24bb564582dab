import { describe, expect, it } from 'vitest';
import { createTtlCache } from './ttl-cache';

function counting<T>(value: (key: string) => T) {
  const calls: string[] = [];
  return { calls, compute: (key: string) => async () => (calls.push(key), value(key)) };
}

describe('createTtlCache', () => {
  it('computes a key once per time to live, and again after it', async () => {
    let now = 1_000;
    const cache = createTtlCache<string>({ ttlMs: 60_000, max: 10, clock: () => now });
    const c = counting((k) => `v-${k}`);
    expect(await cache('a', c.compute('a'))).toBe('v-a');
    now += 59_000;
    expect(await cache('a', c.compute('a'))).toBe('v-a');
    expect(c.calls).toEqual(['a']);
    now += 2_000;
    await cache('a', c.compute('a'));
    expect(c.calls).toEqual(['a', 'a']);
  });

  it('holds at most `max` keys, dropping the least recently used', async () => {
    const cache = createTtlCache<string>({ ttlMs: 60_000, max: 3 });
    const c = counting((k) => k);
    for (let i = 0; i < 1_000; i++) await cache(`made-up-${i}`, c.compute(`made-up-${i}`));
    await cache('made-up-999', c.compute('made-up-999')); // still there
    await cache('made-up-0', c.compute('made-up-0')); // long gone
    expect(c.calls.filter((k) => k === 'made-up-999')).toHaveLength(1);
    expect(c.calls.filter((k) => k === 'made-up-0')).toHaveLength(2);
  });

  it('does not remember what `keep` refuses, nor a failure', async () => {
    const cache = createTtlCache<{ status: number }>({
      ttlMs: 60_000,
      max: 10,
      keep: (v) => v.status === 200,
    });
    const c = counting((k) => ({ status: k === 'missing' ? 404 : 200 }));
    await cache('missing', c.compute('missing'));
    await cache('missing', c.compute('missing'));
    await cache('found', c.compute('found'));
    await cache('found', c.compute('found'));
    expect(c.calls).toEqual(['missing', 'missing', 'found']);
    await expect(cache('broken', async () => Promise.reject(new Error('db down')))).rejects.toThrow(
      'db down',
    );
    expect(await cache('broken', async () => ({ status: 200 }))).toEqual({ status: 200 });
  });

  it('lets callers asking at the same time share one computation', async () => {
    const cache = createTtlCache<number>({ ttlMs: 60_000, max: 10 });
    const c = counting(() => 1);
    await Promise.all(Array.from({ length: 5 }, () => cache('k', c.compute('k'))));
    expect(c.calls).toHaveLength(1);
  });
});
