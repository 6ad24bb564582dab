// The rules of a held booking's code, as the regulations and the issue state them.
export const MAX_CODE_ATTEMPTS = 5;
export const MAX_CODE_RESENDS = 3;
export const RESEND_INTERVAL_MS = 60_000;

/** A hold is live until the instant it expires: at exactly 60 minutes it is gone. */
export function isHoldLive(holdExpiresAt: Date | null, now: Date): boolean {
  return !!holdExpiresAt && now.getTime() < holdExpiresAt.getTime();
}

/**
 * When a hold made at `now` runs out: after the category's `holdMinutes`, but never after the
 * visit begins (a visit is not confirmed once its time has started).
 */
export function holdExpiry(now: Date, holdMinutes: number, startsAt: Date): Date {
  return new Date(Math.min(now.getTime() + holdMinutes * 60_000, startsAt.getTime()));
}

export type ResendCheck = { ok: true } | { ok: false; reason: 'limit' | 'too-soon'; waitSeconds?: number };

export function checkResend(resends: number, lastSentAt: Date | null, now: Date): ResendCheck {
  if (resends >= MAX_CODE_RESENDS) return { ok: false, reason: 'limit' };
  const since = lastSentAt ? now.getTime() - lastSentAt.getTime() : Infinity;
  if (since < RESEND_INTERVAL_MS)
    return { ok: false, reason: 'too-soon', waitSeconds: Math.ceil((RESEND_INTERVAL_MS - since) / 1000) };
  return { ok: true };
}
