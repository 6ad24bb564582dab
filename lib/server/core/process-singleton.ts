import 'server-only';

/**
 * One value per process under `name`, kept on globalThis: `next dev` evaluates modules again on
 * every change, and a second database pool, listener or worker would go unnoticed until it hurts.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`termin.${name}`);
  const g = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  return (g[key] ??= create());
}

/** Forgets the value under `name` (tests that start it afresh), returning what was there. */
export function dropProcessSingleton<T>(name: string): T | undefined {
  const key = Symbol.for(`termin.${name}`);
  const g = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  const had = g[key];
  delete g[key];
  return had;
}
