import 'server-only';
import { type Tx } from '@/lib/server/core/db';
import crypto from 'node:crypto';
import { atLeastADay } from '@/lib/domain/message-lifetime';
import type { Prisma } from '@/lib/generated/prisma/client';
import { encryptSecrets, type MessageSecrets } from './outbox-secrets';
import { canReceiveSms } from './sms-recipient';

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
 *
 * A content that carries a code or a manage link holds `placeholder(…)` where they go, and the
 * values come in `secrets`: they are stored encrypted and deleted once the message is sent or
 * given up (lib/server/notify/outbox-secrets.ts).
 *
 * `expiresAt` is the message's lifetime: it is retried with back-off until then, and then given
 * up (FAILED, shown to administrators). Without one a message lives a day from now.
 */
export async function enqueueMessage(
  tx: Tx,
  m: {
    channel: 'EMAIL' | 'SMS';
    template: string;
    recipient: string;
    content: OutboxContent;
    secrets?: MessageSecrets;
    expiresAt?: Date;
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
  const id = crypto.randomUUID();
  await tx.outboxMessage.createMany({
    data: [
      {
        id,
        channel: m.channel,
        template: m.template,
        recipient: m.recipient,
        payload: m.content as Prisma.InputJsonValue,
        secrets: m.secrets ? encryptSecrets(m.secrets, id) : null,
        expiresAt: m.expiresAt ?? atLeastADay(new Date()),
        bookingId: m.bookingId,
        dedupeKey: m.dedupeKey,
      },
    ],
    skipDuplicates: true,
  });
}

/**
 * Withdraws the booking's messages of one kind that are still waiting (e.g. the code once the
 * hold is confirmed, or an old code replaced by a new one): they are not sent, and their
 * secrets are deleted at once.
 */
export async function withdrawPending(tx: Tx, bookingId: string, template: string): Promise<void> {
  await tx.outboxMessage.updateMany({
    where: { bookingId, template, status: 'PENDING' },
    data: { status: 'CANCELLED', secrets: null },
  });
}
