import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { LIMITS } from '@/lib/server/core/rate-limit';

/**
 * Deletes every limit counter whose window has ended: it would be reset by the next hit anyway,
 * and even a hashed client address is not kept longer than it serves. Keys are `name:client`
 * (lib/server/core/rate-limit.ts); a limit not listed in LIMITS is left alone.
 */
export async function purgeExpiredRateLimits(now: Date): Promise<number> {
  let deleted = 0;
  for (const limit of Object.values(LIMITS)) {
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
