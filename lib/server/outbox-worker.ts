import 'server-only';
import { queueReminders } from './queue-reminders';
import { runHousekeeping } from './run-daily-retention';
import { getConfig } from './config';
import { prisma } from './db';
import { createMailTransport, EMAIL_TIMEOUT_MS, type MailTransport, sendEmail } from './mailer';
import type { OutboxContent } from './outbox';
import { createSmsGateway, SMS_TIMEOUT_MS, type SmsGateway } from './sms';

// Delivers the outbox (docs/decisions/006-outbox.md). Several app instances may run this side by
// side: a row is claimed with a lease under FOR UPDATE SKIP LOCKED, so only one of them sends it.

export const MAX_ATTEMPTS = 6;
/** One message at most: the mailer's and the SMS gateway's own time-outs, plus its database update. */
const SEND_BOUND_MS = Math.max(EMAIL_TIMEOUT_MS, SMS_TIMEOUT_MS) + 15_000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 60 * 60_000;

type Channel = 'EMAIL' | 'SMS';
type ClaimedMessage = {
  id: string;
  channel: Channel;
  recipient: string;
  payload: OutboxContent;
  attempts: number;
};

export type DeliveryOptions = {
  now: Date;
  batchSize: number;
  /** Null: e-mail is not sent (local mode without SMTP_URL); the rows are left alone. */
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

/** Wait before the next try after `attempts` failed ones: 30 s, 1 min, 2 min, … at most 1 h. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);
}

/** Sends the messages due at `now`, once each, and records the outcome of every one. */
export async function deliverDueMessages(o: DeliveryOptions): Promise<DeliveryResult> {
  const senders = pickSenders(o);
  const channels = (['EMAIL', 'SMS'] as const).filter((c) => senders[c]);
  const unsendable = (['EMAIL', 'SMS'] as const).filter((c) => !senders[c]);
  const result: DeliveryResult = { sent: 0, failed: 0, retried: 0 };
  if (!o.localMode) result.failed += await failUnsendable(o, unsendable);
  if (channels.length === 0) return result;

  for (const m of await claimDueMessages(o, channels)) {
    try {
      const send = senders[m.channel];
      if (!send) throw new Error(`Brak bramki dla kanału ${m.channel}`); // only claimed when one exists
      await send(m);
      await settle(m, { status: 'SENT', sentAt: o.now, lastError: null });
      result.sent++;
    } catch (e) {
      const lastError = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
      if (m.attempts < MAX_ATTEMPTS) {
        await settle(m, { nextAttemptAt: new Date(o.now.getTime() + backoffMs(m.attempts)), lastError });
        result.retried++;
      } else {
        await settle(m, { status: 'FAILED', lastError });
        result.failed++;
      }
    }
  }
  return result;
}

function pickSenders({ transport, mailFrom, sms }: DeliveryOptions) {
  const senders: Partial<Record<Channel, (m: ClaimedMessage) => Promise<void>>> = {};
  if (transport) {
    senders.EMAIL = ({ recipient, payload }) =>
      sendEmail(transport, mailFrom, { ...payload, to: recipient, subject: payload.subject ?? '' });
  }
  if (sms) senders.SMS = ({ recipient, payload }) => sms.send(recipient, payload.text);
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
        AND channel::text = ANY(${channels}::text[])
        AND (${template}::text IS NULL OR template = ${template}::text)
      ORDER BY "createdAt"
      LIMIT ${o.batchSize}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "OutboxMessage" m SET "nextAttemptAt" = ${leaseUntil}::timestamptz, attempts = m.attempts + 1
    FROM due WHERE m.id = due.id
    RETURNING m.id, m.channel::text AS channel, m.recipient, m.payload, m.attempts`;
}

/** Records an outcome, unless the lease ran out and another worker has claimed the row since. */
async function settle(
  m: ClaimedMessage,
  data: { status?: 'SENT' | 'FAILED'; sentAt?: Date; nextAttemptAt?: Date; lastError: string | null },
) {
  await prisma.outboxMessage.updateMany({
    where: { id: m.id, status: 'PENDING', attempts: m.attempts },
    data,
  });
}

async function failUnsendable(o: DeliveryOptions, channels: Channel[]): Promise<number> {
  if (channels.length === 0) return 0;
  const { count } = await prisma.outboxMessage.updateMany({
    where: {
      status: 'PENDING',
      channel: { in: channels },
      nextAttemptAt: { lte: o.now },
      template: o.template,
    },
    data: {
      status: 'FAILED',
      lastError: 'Brak skonfigurowanej bramki dla tego kanału (SMTP_URL / SMS_GATEWAY)',
    },
  });
  return count;
}

const running = Symbol.for('termin.outboxWorker');
type WithWorker = typeof globalThis & { [running]?: () => void };

/**
 * Delivers the outbox every `intervalMs` (at once again while batches come back full) until the
 * returned function is called. Runs never overlap, and a failed run is logged, never thrown: the
 * server must keep serving when the database or the relay is briefly away.
 */
export function startOutboxWorker({ intervalMs = 5_000, batchSize = 5 } = {}): () => void {
  const g = globalThis as WithWorker;
  if (g[running]) return g[running]; // Next.js dev may call register() more than once
  const config = getConfig();
  const transport = config.smtpUrl ? createMailTransport(config.smtpUrl) : null;
  const sms = createSmsGateway(config.sms);
  if (config.localMode && !transport && !sms) {
    // Reminders are still queued, and shown at /dev/mailbox.
    console.info('[termin] Tryb lokalny: e-maile i SMS-y nie są wysyłane, zob. /dev/mailbox');
  }
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let remindersAt = 0;
  const run = async () => {
    let busy = false;
    try {
      // The day-before reminders: a query a minute is plenty.
      if (Date.now() - remindersAt >= 60_000) {
        remindersAt = Date.now();
        await queueReminders(new Date());
        await runHousekeeping(new Date()); // limits at once, the retention job once a day
      }
      const r = await deliverDueMessages({
        now: new Date(),
        batchSize,
        transport,
        mailFrom: config.mailFrom,
        sms,
        localMode: config.localMode,
      });
      busy = r.sent + r.retried + r.failed >= batchSize;
      if (r.failed > 0)
        console.error(`[termin] Outbox: ${r.failed} wiadomości nie udało się wysłać (FAILED)`);
    } catch (e) {
      console.error('[termin] Outbox: przebieg nie powiódł się, ponowię', e);
    }
    if (stopped) return;
    timer = setTimeout(run, busy ? 0 : intervalMs);
    timer.unref(); // never what keeps the process alive
  };
  timer = setTimeout(run, 0);
  timer.unref();
  g[running] = () => {
    stopped = true;
    clearTimeout(timer);
    transport?.close();
    delete g[running];
  };
  return g[running];
}
