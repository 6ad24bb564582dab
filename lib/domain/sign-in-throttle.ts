// How wrong staff passwords are answered (docs/decisions/028-sign-in-throttling.md): the client
// that typed them waits before its next try on that account, longer after each failure; the
// account itself is never locked, so nobody can keep its owner out. Pure: counts and instants
// come in as arguments.

export const SIGN_IN_THROTTLE = {
  /** Seconds a client waits after its n-th failure on an account (index n - 1); the last repeats. */
  waits: [5, 30, 60, 120, 300, 600, 900],
  /**
   * A client's failures are forgotten this long after its last one (its right password clears
   * them at once). Longer than the longest wait: a guesser who keeps going stays at the longest.
   */
  forgetAfterMs: 24 * 60 * 60_000,
  /** Failures on one account, from any clients, that name it on administrators' /admin page. */
  alertAfter: 10,
} as const;

/** Seconds to wait after a client's `failures`-th failure in a row on one account. */
export function waitAfterFailures(failures: number): number {
  const { waits } = SIGN_IN_THROTTLE;
  if (failures < 1) return 0;
  return waits[Math.min(failures, waits.length) - 1]!;
}

/** Whether failures whose last one came at `lastAt` are forgotten by `now`. */
export function failuresForgotten(lastAt: Date, now: Date): boolean {
  return lastAt.getTime() <= now.getTime() - SIGN_IN_THROTTLE.forgetAfterMs;
}

/** Whole seconds from `now` until `until`, at least 1: what "try again in N s" says. */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/**
 * A wait as the person reads it: seconds while under two minutes, whole minutes (rounded up)
 * after that. The catalogue says which words go with which unit.
 */
export function waitUnit(seconds: number): { seconds: number } | { minutes: number } {
  return seconds < 120 ? { seconds } : { minutes: Math.ceil(seconds / 60) };
}
