import 'server-only';
import { type Tx } from '@/lib/server/core/db';
import { enqueueMessage } from './enqueue-message';
import type { FactsOf, Template } from './messages';
import type { MessageSecrets } from './outbox-secrets';
import { canReceiveSms } from './sms-recipient';

/** How a resident hears of a change made for them: e-mail first, else an SMS to a mobile. */
export type Notice = 'email' | 'sms' | 'none';
export function noticeOf(b: { email: string | null; phone: string | null }): Notice {
  if (b.email) return 'email';
  return b.phone && canReceiveSms(b.phone) ? 'sms' : 'none';
}

/**
 * Queues what the resident is told of a change made for them, on the channel `noticeOf` chose, in
 * the caller's transaction (its facts only: the worker renders it when it sends it).
 */
export async function queueNotice<T extends Template>(
  tx: Tx,
  b: { id: string; email: string | null; phone: string | null },
  notice: Notice,
  m: { template: T; facts: FactsOf<T>; dedupeKey: string; expiresAt?: Date; secrets?: MessageSecrets },
) {
  const common = {
    template: m.template,
    facts: m.facts,
    bookingId: b.id,
    dedupeKey: m.dedupeKey,
    expiresAt: m.expiresAt,
  };
  if (notice === 'email')
    await enqueueMessage(tx, { ...common, channel: 'EMAIL', recipient: b.email!, secrets: m.secrets });
  else if (notice === 'sms') await enqueueMessage(tx, { ...common, channel: 'SMS', recipient: b.phone! });
}
