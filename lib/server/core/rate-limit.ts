import 'server-only';
import crypto from 'node:crypto';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/domain/client-address';
import { getConfig } from './config';
import { prisma } from './db';
import { AppError } from './errors';

export type Limit = { name: string; max: number; windowMs: number };

export const LIMITS = {
  hold: { name: 'hold', max: 10, windowMs: 60 * 60_000 }, // max: HOLD_LIMIT_PER_HOUR
  code: { name: 'code', max: 20, windowMs: 10 * 60_000 },
  resend: { name: 'resend', max: 10, windowMs: 60 * 60_000 },
  signIn: { name: 'sign-in', max: 30, windowMs: 15 * 60_000 }, // max: SIGN_IN_LIMIT
  // A new e-mail address's code (docs/decisions/039): per client, per booking (its id) and per
  // address (its keyed hash), so no one sends a mailbox more than a few codes a day.
  emailChange: { name: 'email-change', max: 10, windowMs: 60 * 60_000 },
  emailChangeBooking: { name: 'email-change-booking', max: 6, windowMs: 24 * 60 * 60_000 },
  emailChangeAddress: { name: 'email-change-address', max: 4, windowMs: 24 * 60 * 60_000 },
  // A phone or application-number correction: per client, and per booking (its id) a day, counted
  // before the new phone is checked, so neither notices nor "is this number booked" come for free.
  correction: { name: 'correction', max: 20, windowMs: 60 * 60_000 },
  correctionBooking: { name: 'correction-booking', max: 10, windowMs: 24 * 60 * 60_000 },
} satisfies Record<string, Limit>;

/**
 * Counts one hit in a fixed window, in one statement (the row is the lock). Returns how many
 * seconds to wait when the limit is reached, else null.
 */
export async function hitRateLimit(limit: Limit, client: string, now: Date): Promise<number | null> {
  const key = `${limit.name}:${client}`;
  const windowStart = new Date(now.getTime() - limit.windowMs);
  const [row] = await prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowStart} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowStart} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  if (!row || row.count <= limit.max) return null;
  return Math.max(1, Math.ceil((row.windowStart.getTime() + limit.windowMs - now.getTime()) / 1000));
}

/**
 * scripts/server.mjs sets a header of this family, named anew in each process and told to the
 * app in TERMIN_PEER_HEADER, to the TCP peer's address on every request (any sent one removed).
 */
export const PEER_PREFIX = 'x-termin-peer-';

/**
 * The client a limit counts, hashed: the TCP peer or the X-Forwarded-For entry of the outermost
 * trusted proxy (TRUSTED_PROXY_HOPS), an IPv6 client by its /64. The peer header is read only
 * when scripts/server.mjs runs the app (it flags that in its own process, and strips the header
 * from what clients send); without it every request shares one bucket, so limits stay closed.
 */
function peerHeader(): string | null {
  const name = process.env.TERMIN_PEER_HEADER;
  return name && name.startsWith(PEER_PREFIX) && name.length > PEER_PREFIX.length ? name : null;
}

export async function clientKey(from?: Headers): Promise<string> {
  const h = from ?? (await headers());
  const address = clientAddress({
    peer: peerHeader() ? h.get(peerHeader()!) : null,
    forwardedFor: h.get('x-forwarded-for'),
    hops: getConfig().trustedProxyHops,
  });
  return crypto
    .createHmac('sha256', getConfig().authSecret ?? 'local')
    .update(address)
    .digest('hex')
    .slice(0, 32);
}

/**
 * Throws a clear, specific AppError when the client has reached `limit`. A resident is offered
 * the booking line of the office concerned (`bookingPhone`, read only when refusing); where no
 * office is known, the sentence names no number.
 */
export async function enforceRateLimit(
  limit: Limit,
  now = new Date(),
  opts: { from?: Headers; bookingPhone?: () => Promise<string | undefined> } = {},
): Promise<void> {
  const max = { hold: getConfig().holdLimitPerHour, 'sign-in': getConfig().signInLimit }[limit.name];
  const effective = max ? { ...limit, max } : limit;
  const wait = await hitRateLimit(effective, await clientKey(opts.from), now);
  if (wait !== null) {
    const minutes = Math.ceil(wait / 60);
    if (limit.name === LIMITS.signIn.name)
      throw new AppError('RATE_LIMITED', { message: 'flow.rateLimitedSignIn', params: { minutes } });
    const phone = await opts.bookingPhone?.();
    throw phone
      ? new AppError('RATE_LIMITED', { message: 'flow.rateLimitedCall', params: { minutes, phone } })
      : new AppError('RATE_LIMITED', { message: 'flow.rateLimited', params: { minutes } });
  }
}
