import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { hashToken } from '@/lib/server/core/codes';
import { type Db } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';

/**
 * A booking its resident may still correct (docs/decisions/039): held or confirmed, its visit not
 * begun, its data not erased. Every correction's write carries this as its condition, so a booking
 * cancelled or begun a moment ago keeps its data.
 */
export const correctableWhere = (token: string, now: Date) =>
  ({
    manageTokenHash: hashToken(token),
    status: { in: ['HELD', 'CONFIRMED'] },
    startsAt: { gt: now },
    anonymisedAt: null,
  }) satisfies Prisma.BookingWhereInput;

/** What a correction reads of its booking: the values it replaces, and what the notice names. */
export const CORRECTABLE = {
  id: true,
  status: true,
  reference: true,
  officeId: true,
  categoryId: true,
  startsAt: true,
  email: true,
  phone: true,
  smsOptIn: true,
  idApplicationNumber: true,
  matter: { select: { requiresApplicationNumber: true } },
  office: { select: { bookingPhone: true } },
  emailChange: {
    select: { email: true, codeHash: true, attempts: true, resends: true, sentAt: true, expiresAt: true },
  },
} satisfies Prisma.BookingSelect;

export type CorrectableBooking = Prisma.BookingGetPayload<{ select: typeof CORRECTABLE }>;

/** The booking, or NOT_FOUND in the resident's words: it can no longer be changed. */
export async function getCorrectableBooking(db: Db, token: string, now: Date): Promise<CorrectableBooking> {
  const b = await db.booking.findFirst({ where: correctableWhere(token, now), select: CORRECTABLE });
  if (!b) throw new AppError('NOT_FOUND', { message: 'corrections.notChangeable' });
  return b;
}
