import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/validation/config';
import { prisma } from '@/lib/server/core/db';
import { listMailbox } from './list-mailbox';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { enqueueMessage } from './enqueue-message';
import { instant } from './messages/message';

const startsAt = new Date('2026-12-03T08:00:00Z');
const testBooking = async () => createTestBooking(await createTestCategory(), startsAt);

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
    const b = await testBooking();
    const key = `test-${Date.now()}`;
    for (let i = 0; i < 2; i++) {
      await prisma.$transaction((tx) =>
        enqueueMessage(tx, {
          channel: 'EMAIL',
          template: 'booking-cancelled',
          recipient: 'jan@example.com',
          facts: {
            reference: b.reference,
            startsAt: '2026-12-02T07:15:00Z',
            endsAt: '2026-12-02T07:30:00Z',
            sequence: 0,
          },
          bookingId: b.id,
          dedupeKey: key,
        }),
      );
    }
    // Other test files queue messages at the same time: look for ours, not at the top.
    const ours = (await listMailbox(local, 1000))!.filter((m) => m.text.includes(b.reference));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({
      channel: 'EMAIL',
      recipient: 'jan@example.com',
      subject: `Wizyta odwołana na Twoją prośbę — ${b.reference}`,
    });
  });

  it('shows the code of a waiting message, and dots once it is sent and the code deleted', async () => {
    const b = await testBooking();
    const key = `secret-${Date.now()}`;
    await prisma.$transaction((tx) =>
      enqueueMessage(tx, {
        channel: 'SMS',
        template: 'confirmation-code',
        recipient: '+48600999888',
        facts: { until: instant(startsAt), resent: true },
        secrets: { code: '654321' },
        bookingId: b.id,
        dedupeKey: key,
      }),
    );
    const find = async () =>
      (await listMailbox(local, 1000))!.find((m) => m.recipient === '+48600999888' && m.id === id);
    const { id } = await prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key } });
    expect((await find())!.text).toBe('UM Opole: nowy kod potwierdzajacy: 654321');
    await prisma.outboxMessage.updateMany({
      where: { dedupeKey: key },
      data: { status: 'SENT', secrets: null },
    });
    expect((await find())!.text).toBe('UM Opole: nowy kod potwierdzajacy: ••••••');
  });

  it('does not exist outside local mode', async () => {
    expect(await listMailbox(external)).toBeNull();
  });

  it('keeps nothing when the transaction that queued it fails', async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueMessage(tx, {
          channel: 'SMS',
          template: 'booking-cancelled',
          recipient: '+48600000001',
          facts: {
            reference: 'ROLLBACK-ME',
            startsAt: '2026-12-02T07:15:00Z',
            endsAt: '2026-12-02T07:30:00Z',
            sequence: 0,
          },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(
      await prisma.outboxMessage.count({
        where: { payload: { path: ['facts', 'reference'], equals: 'ROLLBACK-ME' } },
      }),
    ).toBe(0);
  });
});
