import 'server-only';

/** A per-process memo with a time to live: at most one computation per key per `ttlMs`. */
export function createTtlCache<T>(ttlMs: number, clock: () => number = Date.now) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return async function cached(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = entries.get(key);
    if (hit && clock() - hit.at < ttlMs) return hit.value;
    const value = compute();
    entries.set(key, { at: clock(), value });
    value.catch(() => entries.delete(key)); // a failure is not remembered
    return value;
  };
}
