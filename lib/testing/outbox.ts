// What a queued message will say when it is sent: its stored payload with the encrypted code
// and manage token filled in, as the outbox worker does it (lib/server/notify/outbox-secrets.ts).
import { prisma } from '@/lib/server/core/db';
import type { OutboxContent } from '@/lib/server/notify/enqueue-message';
import { decryptSecrets, fillSecrets } from '@/lib/server/notify/outbox-secrets';

export function contentOf(row: { id: string; payload: unknown; secrets: string | null }): OutboxContent {
  const payload = row.payload as OutboxContent;
  return row.secrets ? fillSecrets(payload, decryptSecrets(row.secrets, row.id)) : payload;
}

/** The newest message of a booking on a channel, as it will be sent. */
export async function latestMessageOf(bookingId: string, channel: 'EMAIL' | 'SMS' = 'EMAIL') {
  const m = await prisma.outboxMessage.findFirstOrThrow({
    where: { bookingId, channel },
    orderBy: { createdAt: 'desc' },
  });
  return contentOf(m);
}
