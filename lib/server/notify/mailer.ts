import 'server-only';
import { createTransport, type Transporter } from 'nodemailer';
import type { OutboxContent } from './enqueue-message';

export type MailTransport = Transporter;

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: OutboxContent['attachments'];
  icalEvent?: OutboxContent['icalEvent'];
};

/** Longest one e-mail may take; the outbox worker's lease is sized on it (see SEND_BOUND_MS). */
export const EMAIL_TIMEOUT_MS = 45_000;

/**
 * An SMTP transport for SMTP_URL (smtp://user:pass@host:port or smtps://…). The timeouts are far
 * below nodemailer's defaults (2 min to connect, 10 min of silence) so one hung relay cannot hold
 * a batch of the outbox worker past its lease, after which another instance would send it again.
 */
export function createMailTransport(smtpUrl: string): MailTransport {
  return createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/** Sends one e-mail; rejects when the relay refuses it, so the caller can retry later. */
export async function sendEmail(transport: MailTransport, from: string, msg: OutgoingEmail): Promise<void> {
  await transport.sendMail({
    from,
    signal: AbortSignal.timeout(EMAIL_TIMEOUT_MS),
    to: msg.to,
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    // Attachment content is kept as text in the outbox (calendar files), so no encoding is named.
    attachments: msg.attachments?.map((a) => ({
      filename: a.filename,
      content: a.content,
      contentType: a.contentType,
    })),
    // nodemailer sends it as a `text/calendar; method=…` alternative and attaches it as well.
    icalEvent: msg.icalEvent,
  });
}
