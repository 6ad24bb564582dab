import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { withdrawPending } from '@/lib/server/notify/enqueue-message';
import { noticeOf, queueNotice } from '@/lib/server/notify/queue-notice';
import { calendarFactsOf } from '@/lib/server/notify/messages/visit-calendar';
import { applyTransition } from './apply-transition';
import { hashToken } from '@/lib/server/core/codes';

/**
 * The resident cancels (a POST, never a link): the time is bookable again at once. A confirmed
 * visit's cancellation is told (by e-mail, else SMS) with its CANCEL for the calendar, and what
 * was still waiting about it (its confirmation, its reminder) is withdrawn. A hold the resident
 * lets go of was never booked: nothing is sent.
 */
export async function cancelBookingByToken(token: string, now: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const b = await tx.booking.findUnique({
      where: { manageTokenHash: hashToken(token) },
      select: { id: true, status: true, startsAt: true, reference: true },
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
    if (b.status !== 'CONFIRMED') return;
    await withdrawPending(tx, b.id, 'booking-confirmed');
    await withdrawPending(tx, b.id, 'visit-reminder');
    const row = cancelled[0]!;
    await queueNotice(tx, row, noticeOf(row), {
      template: 'booking-cancelled',
      facts: calendarFactsOf({ ...row, reference: b.reference }),
      dedupeKey: `cancelled:${b.id}`,
    });
  });
}
