// How long the outbox keeps trying to deliver a message, and how long it waits between tries
// (docs/decisions/016). Pure: the clock comes in as an argument.

export const HOUR_MS = 3600_000;
/** Every message that has no shorter reason to end is tried for at least a day. */
export const MIN_LIFETIME_MS = 24 * HOUR_MS;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = HOUR_MS;

/** The end of a message's lifetime: a day from `now`, or `until` when that is later. */
export function atLeastADay(now: Date, until?: Date): Date {
  const day = now.getTime() + MIN_LIFETIME_MS;
  return new Date(Math.max(day, until?.getTime() ?? 0));
}

/**
 * Wait before the next try after `attempts` failed ones: 30 s, 1 min, 2 min, … at most an hour,
 * and at most a tenth of the message's whole lifetime, so a code that lives an hour is tried
 * every few minutes rather than once more near its end.
 */
export function backoffMs(attempts: number, lifetimeMs: number = MIN_LIFETIME_MS): number {
  const cap = Math.max(BACKOFF_BASE_MS, Math.min(BACKOFF_CAP_MS, lifetimeMs / 10));
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), cap);
}

/** When to try again: after the back-off, but never past the end of the lifetime. */
export function nextAttemptAt(now: Date, attempts: number, life: { createdAt: Date; expiresAt: Date }): Date {
  const wait = backoffMs(attempts, life.expiresAt.getTime() - life.createdAt.getTime());
  return new Date(Math.min(now.getTime() + wait, life.expiresAt.getTime()));
}
