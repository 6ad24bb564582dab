import 'server-only';
import { listenConnectionString } from '@/lib/server/core/pg-listen';
import { processSingleton } from '@/lib/server/core/process-singleton';
import { type TtlCacheOptions, createTtlCache } from '@/lib/server/core/ttl-cache';
import { type ChangeListener, listenForChanges } from './listen-for-changes';

// One listener per process, and the drop functions of every cache built from catalogue data in
// this process.
type State = { drops: Set<() => void>; listener?: ChangeListener };
const state = processSingleton<State>('catalogueCache', () => ({ drops: new Set() }));

/** Forgets everything this process remembers of the catalogue (an edit was committed). */
export function dropCatalogueCaches(): void {
  for (const drop of state.drops) drop();
}

/** Starts the process's listener on first use; whether notifications arrive now. */
function listening(): boolean {
  state.listener ??= listenForChanges({
    connectionString: listenConnectionString(),
    onChange: dropCatalogueCaches,
  });
  return state.listener.live;
}

/**
 * A bounded TTL cache (core/ttl-cache) of answers built from catalogue data (offices, categories,
 * matters, the current regulations, the notices: whatever changes only through changeCatalogue):
 * a committed edit on any app instance empties it on every instance (PostgreSQL NOTIFY,
 * lib/server/catalogue/listen-for-changes.ts). While this process is not listening, nothing is
 * remembered, so an edit announced meanwhile cannot be missed. See
 * docs/decisions/024-catalogue-editing.md and 035-fast-hold-path.md.
 */
export function createCatalogueCache<T>(opts: TtlCacheOptions<T>) {
  let cache = createTtlCache(opts);
  // A computation in flight when the catalogue changes finishes into the dropped instance.
  state.drops.add(() => {
    cache = createTtlCache(opts);
  });
  return function cached(key: string, compute: () => Promise<T>): Promise<T> {
    return listening() ? cache(key, compute) : compute();
  };
}

/** Whether this process hears of catalogue edits now (tests, the health of the cache). */
export function isCatalogueCacheListening(): boolean {
  return state.listener?.live ?? false;
}

/** For tests: stops this process's listener (a later cache call starts a new one). */
export async function stopCatalogueListener(): Promise<void> {
  const l = state.listener;
  state.listener = undefined;
  await l?.stop();
}
