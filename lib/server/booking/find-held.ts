import 'server-only';
import { hashToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';

/** The booking behind a manage token, with what the code page needs to judge its hold. */
export async function findHeld(token: string) {
  const b = await prisma.booking.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: {
      id: true,
      status: true,
      holdExpiresAt: true,
      codeAttempts: true,
      codeResends: true,
      codeSentAt: true,
      email: true,
      phone: true,
      smsOptIn: true,
    },
  });
  if (!b) throw new AppError('NOT_FOUND', { message: 'flow.bookingNotFound' });
  return b;
}
