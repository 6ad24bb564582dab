import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { LIMITS } from '@/lib/server/core/rate-limit';
import { KIOSK_CODE_LIMIT, PAIRING_LIMIT } from '@/lib/server/queue/kiosk-limits';

/** Every limit whose counters are kept in RateLimit: the core ones and the ticket machine's. */
const PURGED = [...Object.values(LIMITS), PAIRING_LIMIT, KIOSK_CODE_LIMIT];

/**
 * Deletes every limit counter whose window has ended: it would be reset by the next hit anyway,
 * and even a hashed client address is not kept longer than it serves. Keys are `name:client`
 * (lib/server/core/rate-limit.ts); a limit not listed in PURGED is left alone.
 */
export async function purgeExpiredRateLimits(now: Date): Promise<number> {
  let deleted = 0;
  for (const limit of PURGED) {
    const r = await prisma.rateLimit.deleteMany({
      where: {
        key: { startsWith: `${limit.name}:` },
        windowStart: { lte: new Date(now.getTime() - limit.windowMs) },
      },
    });
    deleted += r.count;
  }
  return deleted;
}
