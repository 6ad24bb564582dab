import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/validation/config';
import { prisma } from '@/lib/server/core/db';
import { listMailbox } from './list-mailbox';
import { enqueueMessage } from './enqueue-message';
import { placeholder } from './outbox-secrets';

afterAll(() => prisma.$disconnect());

const dbUrl = process.env.DATABASE_URL!;
const local = parseConfig({ DATABASE_URL: dbUrl, TERMIN_EMBEDDED_DB: '1' });
const external = parseConfig({
  DATABASE_URL: dbUrl,
  AUTH_SECRET: 'x'.repeat(40),
  DATA_SECRET: 'd'.repeat(40),
  TRUSTED_PROXY_HOPS: '1',
  SMTP_URL: 'smtp://127.0.0.1:2525',
  APP_URL: 'https://termin.example',
});

describe('the local mailbox', () => {
  it('shows queued messages in local mode, and the same message only once for one dedupe key', async () => {
    const key = `test-${Date.now()}`;
    for (let i = 0; i < 2; i++) {
      await prisma.$transaction((tx) =>
        enqueueMessage(tx, {
          channel: 'EMAIL',
          template: 'test',
          recipient: 'jan@example.com',
          content: { subject: 'Kod potwierdzający', text: 'Twój kod: 123456' },
          dedupeKey: key,
        }),
      );
    }
    // Other test files queue messages at the same time: look for ours, not at the top.
    const ours = (await listMailbox(local, 1000))!.filter((m) => m.text === 'Twój kod: 123456');
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({
      channel: 'EMAIL',
      recipient: 'jan@example.com',
      subject: 'Kod potwierdzający',
    });
  });

  it('shows the code of a waiting message, and dots once it is sent and the code deleted', async () => {
    const key = `secret-${Date.now()}`;
    await prisma.$transaction((tx) =>
      enqueueMessage(tx, {
        channel: 'SMS',
        template: 'test',
        recipient: '+48600999888',
        content: { text: `Kod: ${placeholder('code')} (${key})` },
        secrets: { code: '654321' },
        dedupeKey: key,
      }),
    );
    const find = async () => (await listMailbox(local, 1000))!.find((m) => m.text.includes(key));
    expect((await find())!.text).toBe(`Kod: 654321 (${key})`);
    await prisma.outboxMessage.updateMany({
      where: { dedupeKey: key },
      data: { status: 'SENT', secrets: null },
    });
    expect((await find())!.text).toBe(`Kod: •••••• (${key})`);
  });

  it('does not exist outside local mode', async () => {
    expect(await listMailbox(external)).toBeNull();
  });

  it('keeps nothing when the transaction that queued it fails', async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueMessage(tx, {
          channel: 'SMS',
          template: 'test',
          recipient: '+48600000001',
          content: { text: 'ROLLBACK-ME' },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(
      await prisma.outboxMessage.count({ where: { payload: { path: ['text'], equals: 'ROLLBACK-ME' } } }),
    ).toBe(0);
  });
});
