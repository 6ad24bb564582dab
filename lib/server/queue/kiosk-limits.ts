import 'server-only';
import { prisma } from '@/lib/server/core/db';
import type { Limit } from '@/lib/server/core/rate-limit';

/** Pairing attempts per client (browser address): 10 per 15 minutes against 10^8 codes. */
export const PAIRING_LIMIT: Limit = { name: 'kiosk-pair', max: 10, windowMs: 15 * 60_000 };
/** Wrong visit codes per ticket machine: a resident mistyping is fine, guessing is not. */
export const KIOSK_CODE_LIMIT: Limit = { name: 'kiosk-code', max: 10, windowMs: 10 * 60_000 };

/**
 * Seconds until `client` may try again when its window is already full, else null; counts
 * nothing (only wrong codes are counted, with hitRateLimit, so a busy kiosk is never held up by
 * the residents it serves).
 */
export async function secondsLimited(limit: Limit, client: string, now: Date): Promise<number | null> {
  const row = await prisma.rateLimit.findUnique({ where: { key: `${limit.name}:${client}` } });
  if (!row || row.count < limit.max) return null;
  const ends = row.windowStart.getTime() + limit.windowMs;
  return ends > now.getTime() ? Math.ceil((ends - now.getTime()) / 1000) : null;
}
