// When live screens reconnect. Thousands of screens that lost their streams together (a deploy,
// a restart, a refusal under load) must not come back together: every wait is spread at random.

/** Shortest and longest wait before a browser reopens a stream that was refused or broke off. */
export const REOPEN_MIN_MS = 5_000;
export const REOPEN_MAX_MS = 60_000;

/** `ms` moved at random by up to ±`spread` of itself (`random` in [0, 1)). */
export function jitter(ms: number, random: number, spread = 0.25): number {
  return Math.round(ms * (1 - spread + 2 * spread * random));
}

/**
 * The wait before the `attempt`-th reopening (0 for the first): doubling from 5 s to at most
 * 60 s, each drawn between half and all of that step, never under 5 s.
 */
export function reopenDelayMs(attempt: number, random: number): number {
  const step = Math.min(REOPEN_MAX_MS, REOPEN_MIN_MS * 2 ** Math.max(0, Math.min(attempt, 10)));
  return Math.max(REOPEN_MIN_MS, Math.round(step / 2 + (step / 2) * random));
}
