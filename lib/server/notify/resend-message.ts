import 'server-only';
import { atLeastADay } from '@/lib/domain/message-lifetime';
import { writeAudit } from '@/lib/server/core/audit';
import { newToken } from '@/lib/server/core/codes';
import { queueConfirmation } from '@/lib/server/booking/confirm-booking';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { getsFreshLink, resendability } from './list-failed-messages';
import type { Staff } from '@/lib/server/staff/guard';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requeueMessage } from './enqueue-message';
import { hashToken } from '@/lib/server/core/codes';

/**
 * An administrator sends a failed message again: a new message with its own dedupe key
 * (`resend:<original>`), and the original leaves the failures list. A confirmation e-mail, or one
 * telling of a move, gets a fresh manage token (the old one is not stored, so its link cannot be
 * rebuilt): the booking's token is replaced, and a link the resident may have kept stops working.
 * Audited.
 */
export async function resendMessage(staff: Staff, id: string, now: Date): Promise<{ newLink: boolean }> {
  return prisma.$transaction(async (tx) => {
    const m = await lockFailed(tx, id);
    const can = resendability(m, m.booking, now);
    if (!can.ok) throw new AppError('CANNOT_RESEND', { message: can.reason });
    const dedupeKey = `resend:${m.id}`;
    const freshLink = getsFreshLink(m);
    const token = freshLink ? newToken() : undefined;
    if (token)
      await tx.booking.update({ where: { id: m.bookingId! }, data: { manageTokenHash: hashToken(token) } });
    if (token && m.template === 'booking-confirmed') {
      await queueConfirmation(tx, m.bookingId!, token, now, { channel: 'EMAIL', dedupeKey });
    } else {
      // A move's facts (its time and the one before) go again as they were, with the new link.
      await requeueMessage(tx, {
        secrets: token ? { token } : undefined,
        channel: m.channel,
        template: m.template,
        recipient: m.recipient,
        payload: m.payload as Prisma.InputJsonValue,
        expiresAt: m.template === 'visit-reminder' ? m.booking!.startsAt : atLeastADay(now),
        bookingId: m.bookingId ?? undefined,
        dedupeKey,
      });
    }
    await tx.outboxMessage.update({ where: { id: m.id }, data: { handledAt: now } });
    await writeAudit(tx, staff, 'outbox.resend', 'OutboxMessage', m.id, {
      template: m.template,
      channel: m.channel,
      bookingId: m.bookingId,
      newManageLink: freshLink,
    });
    return { newLink: freshLink };
  });
}

/** The failed message, row-locked so two administrators cannot both act on it. */
export async function lockFailed(tx: Tx, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "OutboxMessage" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked.length) throw new AppError('NOT_FOUND', { message: 'notify.outbox.notFound' });
  const m = await tx.outboxMessage.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      status: true,
      handledAt: true,
      channel: true,
      template: true,
      recipient: true,
      payload: true,
      bookingId: true,
      booking: { select: { status: true, startsAt: true, email: true, phone: true } },
    },
  });
  if (m.status !== 'FAILED' || m.handledAt)
    throw new AppError('ALREADY_HANDLED', { message: 'notify.outbox.alreadyHandled' });
  return m;
}
