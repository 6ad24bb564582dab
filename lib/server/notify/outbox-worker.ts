import 'server-only';
import { nextAttemptAt } from '@/lib/domain/message-lifetime';
import { getConfig } from '@/lib/server/core/config';
import { prisma } from '@/lib/server/core/db';
import { dropProcessSingleton, processSingleton } from '@/lib/server/core/process-singleton';
import { createMailTransport, EMAIL_TIMEOUT_MS, type MailTransport, sendEmail } from './mailer';
import type { OutboxContent } from './enqueue-message';
import {
  decryptSecrets,
  fillSecrets,
  needsSecrets,
  scrubClearSecrets,
  SecretsUnreadable,
} from './outbox-secrets';
import { isQueuedFacts, renderMessage, Unrenderable } from './messages/render-message';
import { createSmsGateway, SMS_TIMEOUT_MS, type SmsGateway } from './sms';
import { periodicRunner } from './periodic-runner';
import { periodicJobs } from './worker-jobs';
import { translator } from '@/lib/i18n/translator';

// Delivers the outbox (docs/decisions/006-outbox.md, 016). Several app instances may run this
// side by side: a row is claimed with a lease under FOR UPDATE SKIP LOCKED, so only one of them
// sends it. Each message is retried with back-off until its lifetime (`expiresAt`) ends, then
// given up; its encrypted secrets are deleted as soon as it is sent or given up.

/** One message at most: the mailer's and the SMS gateway's own time-outs, plus its database update. */
const SEND_BOUND_MS = Math.max(EMAIL_TIMEOUT_MS, SMS_TIMEOUT_MS) + 15_000;

type Channel = 'EMAIL' | 'SMS';
type ClaimedMessage = {
  id: string;
  channel: Channel;
  template: string;
  recipient: string;
  /** Facts to render (this release), or the content the release before rendered. */
  payload: unknown;
  bookingId: string | null;
  secrets: string | null;
  attempts: number;
  createdAt: Date;
  expiresAt: Date;
};

export type DeliveryOptions = {
  now: Date;
  batchSize: number;
  /** Null: e-mail is not sent (local mode without SMTP_URL); the rows wait for the mailbox. */
  transport: MailTransport | null;
  mailFrom: string;
  /** Null: SMS_GATEWAY=none. */
  sms: SmsGateway | null;
  /** Outside local mode a message nothing can send is marked FAILED instead of waiting forever. */
  localMode: boolean;
  /**
   * Only messages of this template: for an operator pushing one kind through (e.g. after fixing a
   * template) and for tests, whose database other test files fill at the same time.
   */
  template?: string;
};

export type DeliveryResult = { sent: number; failed: number; retried: number };

/**
 * How long a claimed batch is this worker's alone: longer than the batch can take, messages being
 * sent one after another, so no other instance sends one of them too. A worker that dies gives
 * its messages back when the lease ends (5 min for the loop's batches of 5).
 */
export function leaseMs(batchSize: number): number {
  return batchSize * SEND_BOUND_MS;
}

/** A failure no retry can mend: the message is given up at once. */
class Unsendable extends Error {}

/**
 * Sends the messages due at `now`, once each, and records the outcome of every one. Messages
 * whose lifetime is over are given up first (even in local mode: their secrets go).
 */
export async function deliverDueMessages(o: DeliveryOptions): Promise<DeliveryResult> {
  const senders = pickSenders(o);
  const channels = (['EMAIL', 'SMS'] as const).filter((c) => senders[c]);
  const unsendable = (['EMAIL', 'SMS'] as const).filter((c) => !senders[c]);
  const result: DeliveryResult = { sent: 0, failed: 0, retried: 0 };
  result.failed += await giveUpExpired(o);
  if (!o.localMode) result.failed += await failUnsendable(o, unsendable);
  if (channels.length === 0) return result;

  for (const m of await claimDueMessages(o, channels)) {
    try {
      const send = senders[m.channel];
      const t = translator();
      if (!send) throw new Error(t('notify.log.noChannelGateway', { channel: m.channel })); // only claimed when one exists
      await send(m.recipient, await contentToSend(m));
      await settle(m, {
        status: 'SENT',
        sentAt: o.now,
        lastError: null,
        secrets: null,
        // Queued by the release before secrets were encrypted: the code and link are in clear.
        ...(m.secrets || isQueuedFacts(m.payload)
          ? {}
          : { payload: scrubClearSecrets(m.payload as OutboxContent, m.template) }),
      });
      result.sent++;
    } catch (e) {
      const lastError = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
      if (e instanceof Unsendable) {
        await settle(m, { status: 'FAILED', lastError, secrets: null });
        result.failed++;
      } else {
        await settle(m, { nextAttemptAt: nextAttemptAt(o.now, m.attempts, m), lastError });
        result.retried++;
      }
    }
  }
  return result;
}

/**
 * The message as the resident gets it: rendered now by its module, its secrets decrypted into
 * their placeholders.
 */
async function contentToSend(m: ClaimedMessage): Promise<OutboxContent> {
  let content: OutboxContent;
  try {
    content = await renderMessage(m);
  } catch (e) {
    if (e instanceof Unrenderable) throw new Unsendable(e.message);
    throw e;
  }
  if (!m.secrets) {
    const t = translator();
    if (needsSecrets(content)) throw new Unsendable(t('notify.log.secretsMissing'));
    return content;
  }
  try {
    return fillSecrets(content, decryptSecrets(m.secrets, m.id));
  } catch (e) {
    if (e instanceof SecretsUnreadable) throw new Unsendable(e.message);
    throw e;
  }
}

type Sender = (to: string, content: OutboxContent) => Promise<void>;

function pickSenders({ transport, mailFrom, sms }: DeliveryOptions) {
  const senders: Partial<Record<Channel, Sender>> = {};
  if (transport) {
    senders.EMAIL = (to, content) =>
      sendEmail(transport, mailFrom, { ...content, to, subject: content.subject ?? '' });
  }
  if (sms) senders.SMS = (to, content) => sms.send(to, content.text);
  return senders;
}

/**
 * One statement, so one short transaction: lock due rows other workers have not locked, and lease
 * them (move nextAttemptAt past the batch) while counting the attempt. The rows are unlocked
 * before anything is sent; if this worker dies, they come back when the lease ends.
 */
async function claimDueMessages(o: DeliveryOptions, channels: Channel[]): Promise<ClaimedMessage[]> {
  const leaseUntil = new Date(o.now.getTime() + leaseMs(o.batchSize));
  const template = o.template ?? null;
  return prisma.$queryRaw<ClaimedMessage[]>`
    WITH due AS MATERIALIZED (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${o.now}::timestamptz
        AND "expiresAt" > ${o.now}::timestamptz
        AND channel::text = ANY(${channels}::text[])
        AND (${template}::text IS NULL OR template = ${template}::text)
      ORDER BY "createdAt"
      LIMIT ${o.batchSize}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "OutboxMessage" m SET "nextAttemptAt" = ${leaseUntil}::timestamptz, attempts = m.attempts + 1
    FROM due WHERE m.id = due.id
    RETURNING m.id, m.channel::text AS channel, m.template, m.recipient, m.payload, m."bookingId", m.secrets, m.attempts,
      m."createdAt", m."expiresAt"`;
}

/** Records an outcome, unless the lease ran out and another worker has claimed the row since. */
async function settle(
  m: ClaimedMessage,
  data: {
    status?: 'SENT' | 'FAILED';
    sentAt?: Date;
    nextAttemptAt?: Date;
    lastError: string | null;
    secrets?: null;
    payload?: OutboxContent;
  },
) {
  await prisma.outboxMessage.updateMany({
    where: { id: m.id, status: 'PENDING', attempts: m.attempts },
    data,
  });
}

/**
 * Gives up the messages whose lifetime is over (a code whose hold expired, a reminder whose
 * visit began, anything else after its day): FAILED with the last error, secrets deleted. A row
 * leased by a worker sending it right now waits for that worker's outcome.
 */
async function giveUpExpired(o: DeliveryOptions): Promise<number> {
  const t = translator();
  const template = o.template ?? null;
  const expired = t('notify.log.expired');
  const lastError = t('notify.log.lastError');
  return prisma.$executeRaw`
    UPDATE "OutboxMessage" SET status = 'FAILED', secrets = NULL,
      "lastError" = left(${expired}::text || coalesce(${lastError}::text || "lastError", ''), 1000)
    WHERE status = 'PENDING' AND "expiresAt" <= ${o.now}::timestamptz
      AND "nextAttemptAt" <= ${o.now}::timestamptz
      AND (${template}::text IS NULL OR template = ${template}::text)`;
}

async function failUnsendable(o: DeliveryOptions, channels: Channel[]): Promise<number> {
  if (channels.length === 0) return 0;
  const t = translator();
  const { count } = await prisma.outboxMessage.updateMany({
    where: {
      status: 'PENDING',
      channel: { in: channels },
      nextAttemptAt: { lte: o.now },
      template: o.template,
    },
    data: {
      status: 'FAILED',
      secrets: null,
      lastError: t('notify.log.noGateway'),
    },
  });
  return count;
}

/**
 * Delivers the outbox every `intervalMs` (at once again while batches come back full) until the
 * returned function is called. Runs never overlap, and a failed run is logged, never thrown: the
 * server must keep serving when the database or the relay is briefly away.
 */
export function startOutboxWorker({ intervalMs = 5_000, batchSize = 5 } = {}): () => void {
  // Next.js dev may call register() more than once: one worker per process.
  return processSingleton('outboxWorker', () => runOutboxWorker(intervalMs, batchSize));
}

function runOutboxWorker(intervalMs: number, batchSize: number): () => void {
  const t = translator();
  const config = getConfig();
  const transport = config.smtpUrl ? createMailTransport(config.smtpUrl) : null;
  const sms = createSmsGateway(config.sms);
  if (config.localMode && !transport && !sms) {
    // Reminders are still queued, and shown at /dev/mailbox.
    console.info(t('notify.log.localMode'));
  }
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const runDueJobs = periodicRunner(periodicJobs());
  // The periodic jobs (reminders, the daily retention run, which can take long on its first
  // day) run beside delivery, never in front of it, and never overlap themselves.
  let jobsRunning = false;
  const startDueJobs = () => {
    if (jobsRunning) return;
    jobsRunning = true;
    void runDueJobs(new Date()).finally(() => (jobsRunning = false));
  };
  const run = async () => {
    let busy = false;
    startDueJobs();
    try {
      const r = await deliverDueMessages({
        now: new Date(),
        batchSize,
        transport,
        mailFrom: config.mailFrom,
        sms,
        localMode: config.localMode,
      });
      busy = r.sent + r.retried + r.failed >= batchSize;
      if (r.failed > 0) console.error(t('notify.log.failed', { count: String(r.failed) }));
    } catch (e) {
      console.error(t('notify.log.runFailed'), e);
    }
    if (stopped) return;
    timer = setTimeout(run, busy ? 0 : intervalMs);
    timer.unref(); // never what keeps the process alive
  };
  timer = setTimeout(run, 0);
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(timer);
    transport?.close();
    dropProcessSingleton('outboxWorker');
  };
}
