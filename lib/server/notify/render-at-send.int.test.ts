import crypto from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '@/lib/i18n/catalogue';
import { formatDateTime } from '@/lib/i18n/format';
import { prisma } from '@/lib/server/core/db';
import { queueConfirmation } from '@/lib/server/booking/confirm-booking';
import { moveVisit } from '@/lib/server/booking/move-visit';
import { requestBooking } from '@/lib/server/booking/request-booking';
import type { Staff } from '@/lib/server/staff/guard';
import { NOW, at, createConfirmedVisit } from '@/lib/testing/changes';
import { createTestCategory } from '@/lib/testing/fixtures';
import { dropOwnDatabase } from '@/lib/testing/own-database';
import { createTestStaff } from '@/lib/testing/staff';
import type { MailTransport } from './mailer';
import { deliverDueMessages } from './outbox-worker';

// Delivers every due message: a database of its own keeps other files' messages out.
vi.mock('@/lib/server/core/db', async () =>
  (await import('@/lib/testing/own-database')).ownDatabase('render_at_send'),
);

// Counts renderings, wherever they happen.
const rendering = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/server/notify/render-email', async (importOriginal) => {
  const real = await importOriginal<typeof import('./render-email')>();
  return {
    renderEmail: (...args: Parameters<typeof real.renderEmail>) => {
      rendering.count++;
      return real.renderEmail(...args);
    },
  };
});

afterAll(async () => {
  await dropOwnDatabase();
});

type Sent = { to: string; subject: string; text: string; html?: string };
let sent: Sent[] = [];
const transport = {
  sendMail: async (m: Sent) => {
    sent.push(m);
    return {};
  },
} as unknown as MailTransport;

beforeEach(() => {
  sent = [];
  rendering.count = 0;
});

/** Everything queued is due at the test's clock, then delivered as the worker does. */
async function deliver(now: Date) {
  await prisma.outboxMessage.updateMany({ where: { status: 'PENDING' }, data: { nextAttemptAt: now } });
  return deliverDueMessages({
    now,
    batchSize: 50,
    transport,
    mailFrom: 'Termin <rezerwacje@example.com>',
    sms: null,
    localMode: false,
  });
}

const mailTo = (to: string) => sent.filter((m) => m.to === to);

describe('a message is rendered when it is sent', () => {
  it('the hold renders nothing in its transaction: the outbox gets facts, the worker the words', async () => {
    const t = await createTestCategory();
    const regs = await prisma.regulationsVersion.upsert({
      where: { version: 1 },
      update: {},
      create: { version: 1, title: 'Regulamin', body: '…' },
    });
    const email = `kod-${crypto.randomBytes(4).toString('hex')}@example.com`;
    const { bookingId } = await requestBooking({
      categoryId: t.category.id,
      matterId: t.matter.id,
      startsAt: at(2),
      details: { email, smsOptIn: false, idApplicationNumber: undefined },
      regulations: { versionId: regs.id, acceptedAt: NOW },
      now: NOW,
    });
    expect(rendering.count).toBe(0);
    const row = await prisma.outboxMessage.findFirstOrThrow({ where: { bookingId } });
    expect(row).toMatchObject({ template: 'confirmation-code', channel: 'EMAIL', recipient: email });
    expect(row.payload).toEqual({ facts: { until: expect.any(String), resent: false } });

    expect(await deliver(new Date(NOW.getTime() + 1000))).toMatchObject({ sent: 1, failed: 0 });
    expect(rendering.count).toBe(1);
    const [mail] = mailTo(email);
    expect(mail!.subject).toMatch(/^Kod potwierdzający rezerwację: \d{6}$/);
    expect(mail!.text).toContain(t.matter.name);
    expect(mail!.text).toMatch(/\/wizyta\/[\w-]{43}/); // the link, decrypted at sending
  });

  it('with the catalogue as it is at sending: a matter renamed and a sentence reworded since', async () => {
    const t = await createTestCategory();
    const v = await createConfirmedVisit(t, at(2));
    await prisma.$transaction((tx) => queueConfirmation(tx, v.id, v.token, NOW));

    await prisma.matter.update({ where: { id: t.matter.id }, data: { name: 'Odbiór dowodu (nowa nazwa)' } });
    const sentences = CATALOGUES.pl.notify.confirmed as { subject: string };
    const before = sentences.subject;
    sentences.subject = 'Potwierdzenie: {when} ({reference})';
    try {
      await deliver(new Date(NOW.getTime() + 1000));
    } finally {
      sentences.subject = before;
    }
    const [mail] = mailTo(v.email!);
    expect(mail!.subject).toBe(`Potwierdzenie: ${formatDateTime(at(2))} (${v.reference})`);
    expect(mail!.text).toContain('Odbiór dowodu (nowa nazwa)');
  });

  it('a move’s e-mail names the time it moved from and to, after the row has moved on again', async () => {
    const t = await createTestCategory();
    const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędniczka' };
    const v = await createConfirmedVisit(t, at(2));
    await moveVisit(clerk, { bookingId: v.id, startsAt: at(2, 30), from: at(2) }, NOW);
    await moveVisit(
      clerk,
      { bookingId: v.id, startsAt: at(2, 45), from: at(2, 30) },
      new Date(NOW.getTime() + 1),
    );
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: v.id } })).startsAt).toEqual(at(2, 45));

    await deliver(new Date(NOW.getTime() + 1000));
    const moves = mailTo(v.email!).map((m) => m.text);
    expect(moves).toHaveLength(2);
    const first = moves.find((m) => m.includes(formatDateTime(at(2))))!;
    expect(first).toContain(formatDateTime(at(2, 30)));
    expect(first).not.toContain(formatDateTime(at(2, 45)));
    const second = moves.find((m) => m !== first)!;
    expect(second).toContain(formatDateTime(at(2, 30)));
    expect(second).toContain(formatDateTime(at(2, 45)));
  });

  it('a message queued by the release before (already in words) is sent as it was queued', async () => {
    const t = await createTestCategory();
    const v = await createConfirmedVisit(t, at(3));
    await prisma.outboxMessage.create({
      data: {
        channel: 'EMAIL',
        template: 'booking-confirmed',
        recipient: v.email!,
        bookingId: v.id,
        payload: { subject: `Wizyta potwierdzona — ${v.reference}`, text: 'Treść sprzed wdrożenia.' },
      },
    });
    await deliver(new Date(NOW.getTime() + 1000));
    expect(mailTo(v.email!)).toEqual([
      expect.objectContaining({
        subject: `Wizyta potwierdzona — ${v.reference}`,
        text: 'Treść sprzed wdrożenia.',
      }),
    ]);
  });

  it('a message whose booking is gone is given up with a reason, not retried', async () => {
    const t = await createTestCategory();
    const v = await createConfirmedVisit(t, at(3, 15));
    await prisma.$transaction((tx) => queueConfirmation(tx, v.id, v.token, NOW));
    await prisma.outboxMessage.updateMany({ where: { bookingId: v.id }, data: { bookingId: null } });
    expect(await deliver(new Date(NOW.getTime() + 1000))).toMatchObject({ sent: 0, failed: 1 });
    const row = await prisma.outboxMessage.findFirstOrThrow({ where: { recipient: v.email! } });
    expect(row).toMatchObject({ status: 'FAILED', secrets: null });
    expect(row.lastError).toContain('Rezerwacji, której dotyczy wiadomość, już nie ma');
  });
});
