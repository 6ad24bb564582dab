import crypto from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSmtpSink, type SmtpSink } from '@/lib/testing/smtp-sink';
import { prisma } from '@/lib/server/core/db';
import { createMailTransport } from './mailer';
import { encryptSecrets, placeholder } from './outbox-secrets';
import { type DeliveryOptions, deliverDueMessages, leaseMs } from './outbox-worker';
import type { SmsGateway } from './sms';

// Other test files queue messages in the same database at the same time. So every test queues
// under a template of its own and delivers only that template; its rows are due in 2100 (no
// worker running on the real clock takes them) and were created in 2000 (they sort last in the
// local mailbox, which other tests read newest first).
const T = new Date('2100-01-01T00:00:00Z');
const LONG_AGO = new Date('2000-01-01T00:00:00Z');
const at = (ms: number) => new Date(T.getTime() + ms);
const nothing = { sent: 0, failed: 0, retried: 0 };

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await prisma.$disconnect();
});

const DAY = 24 * 3600_000;

/** `n` messages due at T, living a day unless told; `code` is sealed as their secret. */
async function queue(
  template: string,
  channel: 'EMAIL' | 'SMS',
  n: number,
  opts: { expiresAt?: Date; code?: string } = {},
) {
  const tag = crypto.randomBytes(4).toString('hex');
  const recipients = Array.from({ length: n }, (_, i) =>
    channel === 'EMAIL' ? `w-${tag}-${i}@example.com` : `+4860${String(i).padStart(7, '0')}`,
  );
  await prisma.outboxMessage.createMany({
    data: recipients.map((recipient, i) => {
      const id = crypto.randomUUID();
      return {
        id,
        channel,
        template,
        recipient,
        payload: {
          subject: 'Potwierdzenie wizyty — Urząd Miasta Opola',
          text: opts.code ? `Wiadomość ${i}, kod ${placeholder('code')}` : `Wiadomość ${i}`,
          attachments: [{ filename: 'wizyta.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' }],
        },
        secrets: opts.code ? encryptSecrets({ code: opts.code }, id) : null,
        nextAttemptAt: T,
        createdAt: LONG_AGO,
        expiresAt: opts.expiresAt ?? at(DAY),
      };
    }),
  });
  return recipients;
}

function options(extra: Partial<DeliveryOptions>): DeliveryOptions {
  const template = `worker-test-${crypto.randomBytes(4).toString('hex')}`;
  return {
    now: T,
    batchSize: 5,
    transport: null,
    mailFrom: 'Termin <rezerwacje@example.com>',
    sms: null,
    localMode: false,
    template,
    ...extra,
  };
}

const rowsOf = (template: string | undefined) =>
  prisma.outboxMessage.findMany({ where: { template }, orderBy: { recipient: 'asc' } });

function fakeGateway() {
  const sent: { to: string; text: string }[] = [];
  const gateway: SmsGateway = {
    async send(to, text) {
      sent.push({ to, text });
    },
  };
  return { sent, gateway };
}

describe('deliverDueMessages', () => {
  it('delivers 50 e-mails exactly once each while two workers run side by side', async () => {
    const o = options({});
    const recipients = await queue(o.template!, 'EMAIL', 50);
    const transports = [createMailTransport(sink.url), createMailTransport(sink.url)];
    const sentBy = [0, 0];
    for (let busy = true; busy;) {
      // Both workers start each round at the same instant, so their claims really do collide.
      const rounds = await Promise.all(
        transports.map((transport) => deliverDueMessages({ ...o, transport })),
      );
      rounds.forEach((r, i) => {
        expect(r).toMatchObject({ failed: 0, retried: 0 });
        sentBy[i]! += r.sent;
      });
      busy = rounds.some((r) => r.sent > 0);
    }
    for (const t of transports) t.close();
    const [first = 0, second = 0] = sentBy;

    expect(first + second).toBe(50);
    expect(first).toBeGreaterThan(0); // both really worked on the queue at once
    expect(second).toBeGreaterThan(0);
    const delivered = sink.messages.filter((m) => recipients.includes(m.to[0] ?? ''));
    expect(delivered).toHaveLength(50);
    for (const r of recipients) expect(delivered.filter((m) => m.to.includes(r))).toHaveLength(1);
    expect(delivered[0]!.subject).toBe('Potwierdzenie wizyty — Urząd Miasta Opola');
    expect(delivered[0]!.raw).toMatch(/Content-Type: text\/calendar[^]*filename=wizyta\.ics/);
    const rows = await rowsOf(o.template);
    expect(
      rows.every((m) => m.status === 'SENT' && m.attempts === 1 && m.sentAt?.getTime() === T.getTime()),
    ).toBe(true);
  });

  it('retries a message the relay does not take with growing waits for its whole day, then gives it up', async () => {
    const closed = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => closed.once('listening', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise((r) => closed.close(r));
    const o = options({ transport: createMailTransport(`smtp://127.0.0.1:${port}`) });
    await queue(o.template!, 'EMAIL', 1, { code: '314159' });

    const waits: number[] = [];
    let now = T;
    for (let attempt = 1; now < at(DAY); attempt++) {
      expect(await deliverDueMessages({ ...o, now })).toEqual({ sent: 0, failed: 0, retried: 1 });
      const [row] = await rowsOf(o.template);
      expect(row).toMatchObject({
        status: 'PENDING',
        attempts: attempt,
        lastError: expect.stringMatching(/ECONNREFUSED/),
        secrets: expect.any(String),
      });
      waits.push((row!.nextAttemptAt.getTime() - now.getTime()) / 1000);
      // Not tried again before its wait is over.
      expect(await deliverDueMessages({ ...o, now: new Date(row!.nextAttemptAt.getTime() - 1) })).toEqual(
        nothing,
      );
      now = row!.nextAttemptAt;
    }
    // 30 s doubling up to an hour, then hourly; the last wait ends exactly at the end of the day.
    expect(waits.slice(0, 9)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    expect(waits.reduce((a, b) => a + b, 0)).toBe(DAY / 1000);
    expect(now).toEqual(at(DAY));

    expect(await deliverDueMessages({ ...o, now })).toEqual({ sent: 0, failed: 1, retried: 0 });
    const [row] = await rowsOf(o.template);
    expect(row).toMatchObject({
      status: 'FAILED',
      attempts: waits.length,
      lastError: expect.stringMatching(/końcem ważności.*ECONNREFUSED/),
      secrets: null,
    });
    expect(await deliverDueMessages({ ...o, now: at(2 * DAY) })).toEqual(nothing);
    o.transport!.close();
  });

  it('fills the secret in when sending and deletes it from the row once sent', async () => {
    const transport = createMailTransport(sink.url);
    const o = options({ transport });
    const [to] = await queue(o.template!, 'EMAIL', 1, { code: '271828' });
    expect(await deliverDueMessages(o)).toMatchObject({ sent: 1 });
    transport.close();
    expect(sink.messages.find((m) => m.to.includes(to!))!.raw).toContain('0, kod 271828');
    const [row] = await rowsOf(o.template);
    expect(row).toMatchObject({ status: 'SENT', secrets: null });
    expect(JSON.stringify(row!.payload)).not.toContain('271828');
  });

  it('sends a message queued with its link in clear (before encryption) and then keeps only a placeholder', async () => {
    const transport = createMailTransport(sink.url);
    const o = options({ transport });
    const link = `/wizyta/${crypto.randomBytes(24).toString('base64url')}`;
    const id = crypto.randomUUID();
    await prisma.outboxMessage.create({
      data: {
        id,
        channel: 'EMAIL',
        template: o.template!,
        recipient: `legacy-${id}@example.com`,
        payload: { subject: 'Potwierdzenie wizyty', text: `Twoja rezerwacja: https://termin.example${link}` },
        nextAttemptAt: T,
        createdAt: LONG_AGO,
        expiresAt: at(DAY),
      },
    });
    expect(await deliverDueMessages(o)).toMatchObject({ sent: 1 });
    transport.close();
    expect(sink.messages.find((m) => m.to.includes(`legacy-${id}@example.com`))!.raw).toContain(
      link.slice(0, 30),
    );
    const [row] = await rowsOf(o.template);
    expect(row).toMatchObject({ status: 'SENT' });
    expect(JSON.stringify(row!.payload)).not.toContain(link);
    expect(JSON.stringify(row!.payload)).toContain('/wizyta/{{secret:token}}');
  });

  it('gives up a message whose secret cannot be read (another DATA_SECRET) at once', async () => {
    const transport = createMailTransport(sink.url);
    const o = options({ transport });
    const [to] = await queue(o.template!, 'EMAIL', 1, { code: '161803' });
    // Sealed for another row: the id is authenticated, so it does not open here.
    await prisma.outboxMessage.updateMany({
      where: { template: o.template },
      data: { secrets: encryptSecrets({ code: '161803' }, crypto.randomUUID()) },
    });
    expect(await deliverDueMessages(o)).toEqual({ sent: 0, failed: 1, retried: 0 });
    transport.close();
    expect(sink.messages.some((m) => m.to.includes(to!))).toBe(false);
    const [row] = await rowsOf(o.template);
    expect(row).toMatchObject({
      status: 'FAILED',
      secrets: null,
      lastError: expect.stringMatching(/odszyfrować/),
    });
  });

  it('leaves every message waiting for the local mailbox when nothing can send it (local mode)', async () => {
    const o = options({ localMode: true });
    await queue(o.template!, 'EMAIL', 2);
    await queue(o.template!, 'SMS', 1);
    expect(await deliverDueMessages(o)).toEqual(nothing);
    const rows = await rowsOf(o.template);
    expect(rows.map((m) => [m.status, m.attempts, m.lastError])).toEqual([
      ['PENDING', 0, null],
      ['PENDING', 0, null],
      ['PENDING', 0, null],
    ]);
  });

  it('outside local mode, marks an SMS FAILED when no gateway is configured instead of keeping it forever', async () => {
    const transport = createMailTransport(sink.url);
    const o = options({ transport });
    const [email] = await queue(o.template!, 'EMAIL', 1);
    await queue(o.template!, 'SMS', 1);
    expect(await deliverDueMessages(o)).toEqual({ sent: 1, failed: 1, retried: 0 });
    const rows = await rowsOf(o.template);
    expect(rows.find((m) => m.channel === 'SMS')).toMatchObject({
      status: 'FAILED',
      lastError: expect.stringMatching(/SMS_GATEWAY/),
    });
    expect(rows.find((m) => m.channel === 'EMAIL')).toMatchObject({ status: 'SENT', recipient: email });
    transport.close();
  });

  it('sends an SMS once through the gateway, and leaves e-mail alone when there is no SMTP', async () => {
    const { sent, gateway } = fakeGateway();
    const o = options({ sms: gateway, localMode: true });
    const [phone] = await queue(o.template!, 'SMS', 1);
    await queue(o.template!, 'EMAIL', 1);
    const results = await Promise.all([deliverDueMessages(o), deliverDueMessages(o)]);
    expect(await deliverDueMessages({ ...o, now: at(3600_000) })).toEqual(nothing);

    expect(results.map((r) => r.sent).sort()).toEqual([0, 1]);
    expect(sent).toEqual([{ to: phone, text: 'Wiadomość 0' }]);
    const rows = await rowsOf(o.template);
    expect(rows.find((m) => m.channel === 'SMS')).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(rows.find((m) => m.channel === 'EMAIL')).toMatchObject({ status: 'PENDING', attempts: 0 });
  });

  it('gives a stuck worker’s message to another worker once its lease is over, and only then', async () => {
    let fail: ((e: Error) => void) | undefined;
    const stuck: SmsGateway = { send: () => new Promise<void>((_, reject) => (fail = reject)) };
    const { sent, gateway } = fakeGateway();
    const o = options({ localMode: true });
    await queue(o.template!, 'SMS', 1);

    const first = deliverDueMessages({ ...o, sms: stuck });
    await vi.waitFor(() => expect(fail).toBeDefined());
    expect(await deliverDueMessages({ ...o, sms: gateway, now: at(leaseMs(o.batchSize) - 1) })).toEqual(
      nothing,
    );
    expect(await deliverDueMessages({ ...o, sms: gateway, now: at(leaseMs(o.batchSize)) })).toMatchObject({
      sent: 1,
    });
    expect(sent).toHaveLength(1);

    // The stuck worker's late failure must not undo the other worker's delivery.
    fail!(new Error('timeout'));
    await first;
    const [row] = await rowsOf(o.template);
    expect(row).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
  });
});
