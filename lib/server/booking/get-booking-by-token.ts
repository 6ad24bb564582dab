import 'server-only';
import { isHoldLive } from '@/lib/domain/booking-rules';
import { erasureDate, manageStateOf } from '@/lib/domain/retention';
import { getConfig, peupUrl } from '@/lib/server/core/config';
import { prisma } from '@/lib/server/core/db';
import { hashToken } from '@/lib/server/core/codes';

/** Everything stored about a booking, for its resident (right of access), found by the manage token. */
export async function getBookingByToken(token: string, now: Date) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const b = await prisma.booking.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: {
      id: true,
      reference: true,
      kioskCode: true,
      status: true,
      startsAt: true,
      holdExpiresAt: true,
      codeAttempts: true,
      codeResends: true,
      email: true,
      phone: true,
      smsOptIn: true,
      idApplicationNumber: true,
      channel: true,
      language: true,
      regulationsAcceptedAt: true,
      createdAt: true,
      confirmedAt: true,
      cancelledAt: true,
      cancelReason: true,
      anonymisedAt: true,
      regulations: { select: { version: true, title: true } },
      emailChange: { select: { email: true, expiresAt: true } },
      matter: { select: { name: true, peupPath: true, requiresApplicationNumber: true } },
      category: { select: { name: true } },
      office: {
        select: {
          name: true,
          address: true,
          postalCode: true,
          city: true,
          kioskEnabled: true,
          bookingPhone: true,
        },
      },
    },
  });
  if (!b) return null;
  // A hold past its hour is shown as expired even before anything has cleaned it up.
  const status = b.status === 'HELD' && !isHoldLive(b.holdExpiresAt, now) ? 'EXPIRED' : b.status;
  return {
    ...b,
    status,
    /** A new e-mail address waiting for its code (decision 039), while the code lives. */
    emailChange: b.emailChange && b.emailChange.expiresAt > now ? b.emailChange : null,
    peupUrl: peupUrl(b.matter.peupPath),
    /** Changes before the visit, reading after it, "deleted" once anonymised. */
    state: manageStateOf({ ...b, status }, now),
    /** When the personal data go (docs/data-retention.md); null: within a day (never confirmed). */
    erasureOn: b.confirmedAt ? erasureDate(b, getConfig().retentionDays) : null,
  };
}

export type BookingView = NonNullable<Awaited<ReturnType<typeof getBookingByToken>>>;
