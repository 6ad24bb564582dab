import 'server-only';
import { type Tx } from '@/lib/server/core/db';
import crypto from 'node:crypto';
import { atLeastADay } from '@/lib/domain/message-lifetime';
import type { Prisma } from '@/lib/generated/prisma/client';
import { encryptSecrets, type MessageSecrets } from './outbox-secrets';
import type { FactsOf, Template } from './messages';
import type { QueuedPayload } from './messages/render-message';
import { canReceiveSms } from './sms-recipient';

/** An iTIP calendar event: sent as a `text/calendar; method=…` part and as an attachment. */
export type CalendarEvent = { method: 'REQUEST' | 'CANCEL'; filename: string; content: string };

/** A message in words, as it is sent (and as the release before this one stored it). */
export type OutboxContent = {
  subject?: string;
  text: string;
  html?: string;
  /** Only in rows stored by releases before decision 037 (the .ics is an `icalEvent` since). */
  attachments?: { filename: string; content: string; contentType: string }[];
  icalEvent?: CalendarEvent;
};

type OutboxRow = {
  channel: 'EMAIL' | 'SMS';
  template: string;
  recipient: string;
  secrets?: MessageSecrets;
  expiresAt?: Date;
  bookingId?: string;
  dedupeKey?: string;
};

/**
 * Queues an e-mail or SMS in the caller's transaction: it exists exactly when the change that
 * causes it commits. Only the message's facts are written (which message, about which booking, and
 * what the rows will not keep, such as the time before a move); its module
 * (lib/server/notify/messages) puts it into words when the worker sends it, in the booking's
 * language. `dedupeKey` makes queuing idempotent (a reminder is queued once).
 * An SMS to a number that is not a mobile of an accepted country is never queued, whatever the
 * booking says (a crafted form, a number stored before the rule): the last line of that rule.
 *
 * A code or a manage link comes in `secrets`: stored encrypted and deleted once the message is
 * sent or given up (lib/server/notify/outbox-secrets.ts).
 *
 * `expiresAt` is the message's lifetime: it is retried with back-off until then, and then given
 * up (FAILED, shown to administrators). Without one a message lives a day from now.
 */
export async function enqueueMessage<T extends Template>(
  tx: Tx,
  m: OutboxRow & { template: T; facts: FactsOf<T> },
) {
  await insertOutboxRow(tx, {
    ...m,
    payload: { facts: m.facts } satisfies QueuedPayload as Prisma.InputJsonValue,
  });
}

/** Queues a stored payload again as it is (an administrator's re-send of a failed message). */
export async function requeueMessage(tx: Tx, m: OutboxRow & { payload: Prisma.InputJsonValue }) {
  await insertOutboxRow(tx, m);
}

async function insertOutboxRow(tx: Tx, m: OutboxRow & { payload: Prisma.InputJsonValue }) {
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
        payload: m.payload,
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
