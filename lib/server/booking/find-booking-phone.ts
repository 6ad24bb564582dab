import 'server-only';
import { hashToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';

/** The booking line of the office a manage token's booking is at (what a refusal offers to call). */
export async function findBookingPhone(token: string): Promise<string | undefined> {
  const b = await prisma.booking.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: { office: { select: { bookingPhone: true } } },
  });
  return b?.office.bookingPhone;
}
