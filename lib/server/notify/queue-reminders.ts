import 'server-only';
import { createElement } from 'react';
import VisitReminderEmail from '@/emails/visit-reminder';
import { addDays, atLocalTime, localDateOf } from '@/lib/domain/time';
import { formatDateTime, formatOfficeAddress } from '@/lib/i18n/format';
import { translator } from '@/lib/i18n/translator';
import { prisma } from '@/lib/server/core/db';
import { enqueueMessage } from './enqueue-message';
import { renderEmail } from './render-email';

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
      kioskCode: true,
      startsAt: true,
      email: true,
      phone: true,
      smsOptIn: true,
      matter: { select: { name: true } },
      office: { select: { name: true, address: true, postalCode: true, city: true, kioskEnabled: true } },
    },
  });
  const t = translator();
  let queued = 0;
  for (const b of due) {
    const o = b.office;
    const when = t('notify.reminder.when', { when: formatDateTime(b.startsAt) });
    const content = b.email
      ? await renderEmail(
          t('notify.reminder.subject', { when }),
          createElement(VisitReminderEmail, {
            reference: b.reference,
            kioskCode: b.kioskCode,
            officeName: o.name,
            address: formatOfficeAddress(o),
            matter: b.matter.name,
            when,
            kiosk: o.kioskEnabled,
          }),
        )
      : null;
    await prisma.$transaction(async (tx) => {
      const r = await tx.booking.updateMany({
        where: { id: b.id, status: 'CONFIRMED', reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (!r.count) return;
      queued++;
      if (b.email && content) {
        await enqueueMessage(tx, {
          channel: 'EMAIL',
          template: 'visit-reminder',
          recipient: b.email,
          content,
          expiresAt: b.startsAt, // no use once the visit has begun
          bookingId: b.id,
          dedupeKey: `reminder:${b.id}:${b.startsAt.getTime()}`, // a moved visit is reminded again
        });
      }
      if (b.smsOptIn && b.phone) {
        await enqueueMessage(tx, {
          channel: 'SMS',
          template: 'visit-reminder',
          recipient: b.phone,
          expiresAt: b.startsAt,
          bookingId: b.id,
          dedupeKey: `reminder-sms:${b.id}:${b.startsAt.getTime()}`,
          content: {
            text: t('notify.reminder.sms', { when, office: o.name, reference: b.reference }),
          },
        });
      }
    });
  }
  return queued;
}
