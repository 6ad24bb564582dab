import 'server-only';
import { LRUCache } from 'lru-cache';

export type TtlCacheOptions<T> = {
  ttlMs: number;
  /** At most this many keys; the least recently used one goes first. */
  max: number;
  /** Whether a result is worth remembering (e.g. not a 404 for a made-up address). */
  keep?: (value: T) => boolean;
  clock?: () => number;
};

/**
 * A bounded per-process memo with a time to live: at most one computation per key per `ttlMs`
 * (callers asking meanwhile share it), at most `max` keys, so URLs nobody else asks for cannot
 * fill the memory. A failure, or a result `keep` refuses, is answered but not remembered.
 */
export function createTtlCache<T>({ ttlMs, max, keep = () => true, clock }: TtlCacheOptions<T>) {
  const entries = new LRUCache<string, { value: Promise<T> }>({
    max,
    ttl: ttlMs,
    ttlResolution: 0, // read the clock on every check (it is cheap), so a test's clock is honoured
    ...(clock ? { perf: { now: clock } } : {}),
  });
  return async function cached(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = entries.get(key);
    if (hit) return hit.value;
    const entry = { value: compute() };
    entries.set(key, entry);
    const forget = () => {
      if (entries.peek(key) === entry) entries.delete(key);
    };
    entry.value.then((v) => (keep(v) ? undefined : forget()), forget);
    return entry.value;
  };
}
