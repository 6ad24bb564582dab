import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { calendarFactsOf } from '@/lib/server/notify/messages/visit-calendar';
import { applyTransition } from './apply-transition';
import { hashToken } from '@/lib/server/core/codes';

/** The resident cancels (a POST, never a link): the time is bookable again at once. */
export async function cancelBookingByToken(token: string, now: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const b = await tx.booking.findUnique({
      where: { manageTokenHash: hashToken(token) },
      select: { id: true, status: true, startsAt: true, email: true, reference: true },
    });
    if (!b) throw new AppError('NOT_FOUND', { message: 'flow.bookingNotFound' });
    if (b.status === 'CANCELLED') return;
    if (b.startsAt.getTime() <= now.getTime())
      throw new AppError('PAST', { message: 'flow.cannotCancelPast' });
    const cancelled = await applyTransition(tx, {
      transition: 'cancel-by-resident',
      by: 'RESIDENT',
      where: { id: b.id },
      data: { cancelReason: 'BY_RESIDENT' },
      now,
    });
    if (!cancelled.length) throw new AppError('NOT_CANCELLABLE');
    if (b.email && b.status === 'CONFIRMED') {
      await enqueueMessage(tx, {
        channel: 'EMAIL',
        template: 'booking-cancelled',
        recipient: b.email,
        facts: calendarFactsOf({ ...cancelled[0]!, reference: b.reference }),
        bookingId: b.id,
        dedupeKey: `cancelled:${b.id}`,
      });
    }
  });
}
