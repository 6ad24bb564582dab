import 'server-only';
import { addDays, atLocalTime, localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { enqueueMessage } from './enqueue-message';
import { calendarFactsOf } from './messages/visit-calendar';

/**
 * Queues the day-before reminder of every confirmed visit tomorrow (Europe/Warsaw), once:
 * `reminderSentAt` is set by a conditional update in the same transaction as the message.
 */
export async function queueReminders(now: Date, limit = 200): Promise<number> {
  const tomorrow = addDays(localDateOf(now), 1);
  const due = await prisma.booking.findMany({
    where: {
      status: 'CONFIRMED',
      reminderSentAt: null,
      startsAt: { gte: atLocalTime(tomorrow, 0), lt: atLocalTime(addDays(tomorrow, 1), 0) },
    },
    take: limit,
    select: {
      id: true,
      reference: true,
      startsAt: true,
      endsAt: true,
      calendarSequence: true,
      email: true,
      phone: true,
      smsOptIn: true,
    },
  });
  let queued = 0;
  for (const b of due) {
    await prisma.$transaction(async (tx) => {
      const r = await tx.booking.updateMany({
        where: { id: b.id, status: 'CONFIRMED', reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (!r.count) return;
      queued++;
      const message = {
        template: 'visit-reminder',
        facts: calendarFactsOf(b), // the event as it stands: a move since withdraws this
        expiresAt: b.startsAt, // no use once the visit has begun
        bookingId: b.id,
      } as const;
      const key = `${b.id}:${b.startsAt.getTime()}`; // a moved visit is reminded again
      if (b.email)
        await enqueueMessage(tx, {
          ...message,
          channel: 'EMAIL',
          recipient: b.email,
          dedupeKey: `reminder:${key}`,
        });
      if (b.smsOptIn && b.phone)
        await enqueueMessage(tx, {
          ...message,
          channel: 'SMS',
          recipient: b.phone,
          dedupeKey: `reminder-sms:${key}`,
        });
    });
  }
  return queued;
}
