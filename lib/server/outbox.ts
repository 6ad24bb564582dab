import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

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
