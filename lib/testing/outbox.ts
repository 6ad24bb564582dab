// What a queued message will say when it is sent: rendered by its module now, with the encrypted
// code and manage token filled in, as the outbox worker does it (lib/server/notify/outbox-worker.ts).
import { prisma } from '@/lib/server/core/db';
import type { OutboxContent } from '@/lib/server/notify/enqueue-message';
import { renderMessage } from '@/lib/server/notify/messages/render-message';
import { decryptSecrets, fillSecrets } from '@/lib/server/notify/outbox-secrets';

export async function contentOf(row: {
  id: string;
  template: string;
  channel: 'EMAIL' | 'SMS';
  recipient: string;
  payload: unknown;
  bookingId: string | null;
  secrets: string | null;
}): Promise<OutboxContent> {
  const content = await renderMessage(row);
  return row.secrets ? fillSecrets(content, decryptSecrets(row.secrets, row.id)) : content;
}

/** The newest message of a booking on a channel, as it will be sent. */
export async function latestMessageOf(bookingId: string, channel: 'EMAIL' | 'SMS' = 'EMAIL') {
  const m = await prisma.outboxMessage.findFirstOrThrow({
    where: { bookingId, channel },
    orderBy: { createdAt: 'desc' },
  });
  return contentOf(m);
}
