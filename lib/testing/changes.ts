// Test data for everyday changes: a confirmed visit with its manage token and contact locks, as
// the booking flow leaves it, and the seats a booking holds.
import crypto from 'node:crypto';
import { prisma } from '@/lib/server/core/db';
import { hashToken, newToken } from '@/lib/server/core/codes';
import { createTestBooking } from './fixtures';

type Where = Parameters<typeof createTestBooking>[0];

/** A fixed clock: Tuesday 1 December 2026, 07:00 in Opole. Times below are on weekdays ahead. */
export const NOW = new Date('2026-12-01T06:00:00Z');
/** 08:00 in Opole on the given December day of 2026 (plus `minutes`). */
export const at = (day: number, minutes = 0) => new Date(Date.UTC(2026, 11, day, 7, minutes));

export async function createConfirmedVisit(
  where: Where,
  startsAt: Date,
  opts: { email?: string | null; phone?: string | null; channel?: 'ONLINE' | 'PHONE'; seat?: number } = {},
) {
  const tag = crypto.randomBytes(4).toString('hex');
  const email = opts.email === undefined ? `zmiana-${tag}@example.com` : opts.email;
  const b = await createTestBooking(where, startsAt, { ...opts, email });
  const token = newToken();
  await prisma.booking.update({ where: { id: b.id }, data: { manageTokenHash: hashToken(token) } });
  const locks = [
    ...(email ? [{ kind: 'EMAIL' as const, value: email }] : []),
    ...(opts.phone ? [{ kind: 'PHONE' as const, value: opts.phone }] : []),
  ];
  if (locks.length)
    await prisma.contactLock.createMany({
      data: locks.map((l) => ({ ...l, categoryId: where.category.id, bookingId: b.id })),
    });
  return { ...b, token };
}

/** The seats a booking holds: exactly one while it is live, whatever happened. */
export const seatsOf = (bookingId: string) =>
  prisma.slotClaim.findMany({ where: { bookingId }, select: { startsAt: true, seat: true } });
