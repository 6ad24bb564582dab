import 'server-only';
import type { AppConfig } from '@/lib/validation/config';
import { prisma } from './db';
import type { OutboxContent } from './outbox';

export type MailboxItem = {
  id: string;
  channel: 'EMAIL' | 'SMS';
  recipient: string;
  subject: string | null;
  text: string;
  status: string;
  createdAt: Date;
};

/**
 * Local mode only (no SMTP, no SMS gateway): the outbox is the mailbox, so a newcomer can finish
 * every flow on one machine. Null elsewhere: residents' messages are never shown on a page.
 */
export async function listMailbox(config: AppConfig, limit = 50): Promise<MailboxItem[] | null> {
  if (!config.localMode) return null;
  const rows = await prisma.outboxMessage.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, channel: true, recipient: true, payload: true, status: true, createdAt: true },
  });
  return rows.map(({ payload, ...r }) => {
    const p = payload as unknown as OutboxContent;
    return { ...r, subject: p.subject ?? null, text: p.text };
  });
}
