import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { canReceiveSms } from './sms-recipient';

type Tx = Prisma.TransactionClient;

export type OutboxContent = {
  subject?: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: string; contentType: string }[];
};

/**
 * Queues an e-mail or SMS in the caller's transaction: it exists exactly when the change that
 * causes it commits. `dedupeKey` makes queuing idempotent (a reminder is queued once).
 * An SMS to a number that is not a mobile of an accepted country is never queued, whatever the
 * booking says (a crafted form, a number stored before the rule): the last line of that rule.
 */
export async function enqueueMessage(
  tx: Tx,
  m: {
    channel: 'EMAIL' | 'SMS';
    template: string;
    recipient: string;
    content: OutboxContent;
    bookingId?: string;
    dedupeKey?: string;
  },
) {
  if (m.channel === 'SMS' && !canReceiveSms(m.recipient)) {
    console.warn('[termin] SMS not queued: not a mobile number of SMS_COUNTRIES', {
      template: m.template,
      bookingId: m.bookingId,
    });
    return;
  }
  await tx.outboxMessage.createMany({
    data: [
      {
        channel: m.channel,
        template: m.template,
        recipient: m.recipient,
        payload: m.content as Prisma.InputJsonValue,
        bookingId: m.bookingId,
        dedupeKey: m.dedupeKey,
      },
    ],
    skipDuplicates: true,
  });
}
