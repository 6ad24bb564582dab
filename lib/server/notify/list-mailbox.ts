import 'server-only';
import type { AppConfig } from '@/lib/validation/config';
import { prisma } from '@/lib/server/core/db';
import { renderForReading } from './messages/render-message';
import { decryptSecrets, fillSecrets, type MessageSecrets } from './outbox-secrets';

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
 * Each is rendered as the worker would send it now. A message still waiting shows its code and
 * link, decrypted here;
 * one sent or given up shows "••••••" where they were, since the database no longer has them.
 */
export async function listMailbox(config: AppConfig, limit = 50): Promise<MailboxItem[] | null> {
  if (!config.localMode) return null;
  const rows = await prisma.outboxMessage.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: {
      id: true,
      channel: true,
      recipient: true,
      template: true,
      payload: true,
      bookingId: true,
      secrets: true,
      status: true,
      createdAt: true,
    },
  });
  return Promise.all(
    rows.map(async ({ template, payload, bookingId, secrets, ...r }) => {
      const content = await renderForReading({
        template,
        channel: r.channel,
        recipient: r.recipient,
        payload,
        bookingId,
      });
      if (!content) return { ...r, subject: null, text: '' };
      const p = fillSecrets(content, secrets ? readable(secrets, r.id) : null);
      return { ...r, subject: p.subject ?? null, text: p.text };
    }),
  );
}

function readable(sealed: string, id: string): MessageSecrets | null {
  try {
    return decryptSecrets(sealed, id);
  } catch {
    return null; // sealed under an earlier DATA_SECRET: shown as removed
  }
}
