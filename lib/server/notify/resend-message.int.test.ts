import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { contentOf } from '@/lib/testing/outbox';
import { createTestStaff } from '@/lib/testing/staff';
import type { Staff } from '@/lib/server/staff/guard';
import { closeFailedMessage } from './close-failed-message';
import { queueConfirmation } from '@/lib/server/booking/confirm-booking';
import { prisma } from '@/lib/server/core/db';
import { listFailedMessages } from './list-failed-messages';
import { enqueueMessage } from './enqueue-message';
import { instant } from './messages/message';
import { hashToken } from '@/lib/server/core/codes';
import { resendMessage } from './resend-message';

afterAll(() => prisma.$disconnect());

const now = new Date('2026-12-01T09:00:00Z');
const startsAt = new Date('2026-12-03T08:00:00Z');

/** What the worker leaves of a message it gave up: FAILED, its secrets deleted. */
const giveUp = (where: { bookingId: string; template?: string }) =>
  prisma.outboxMessage.updateMany({
    where,
    data: { status: 'FAILED', secrets: null, lastError: 'Nie wysłano przed końcem ważności wiadomości.' },
  });

async function setup() {
  const t = await createTestCategory();
  const admin: Staff = { ...(await createTestStaff('ADMIN')), name: 'Administrator testowy' };
  const booking = await createTestBooking(t, startsAt);
  const oldToken = crypto.randomBytes(32).toString('base64url');
  await prisma.booking.update({
    where: { id: booking.id },
    data: { manageTokenHash: hashToken(oldToken) },
  });
  return { ...t, admin, booking, oldToken };
}

const failedOf = (bookingId: string) =>
  prisma.outboxMessage.findMany({ where: { bookingId, status: 'FAILED', handledAt: null } });

describe('re-sending a failed message', () => {
  it('sends a failed confirmation again with a fresh working link, once, audited', async () => {
    const { admin, booking, oldToken } = await setup();
    await prisma.$transaction((tx) => queueConfirmation(tx, booking.id, oldToken, now));
    await giveUp({ bookingId: booking.id });
    const [failed] = await failedOf(booking.id);
    const listed = (await listFailedMessages(now, 1000)).find((m) => m.id === failed!.id)!;
    expect(listed).toMatchObject({
      template: 'booking-confirmed',
      resend: { ok: true },
      reference: booking.reference,
    });

    expect(await resendMessage(admin, failed!.id, now)).toEqual({ newLink: true });
    const again = await prisma.outboxMessage.findUniqueOrThrow({
      where: { dedupeKey: `resend:${failed!.id}` },
    });
    expect(again).toMatchObject({
      status: 'PENDING',
      template: 'booking-confirmed',
      recipient: booking.email,
    });
    expect(again.secrets).toEqual(expect.any(String));
    const token = /\/wizyta\/([A-Za-z0-9_-]+)/.exec((await contentOf(again)).text)![1]!;
    const b = await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(b.manageTokenHash).toBe(hashToken(token)); // the new link opens the booking
    expect(b.manageTokenHash).not.toBe(hashToken(oldToken)); // the old one no longer does
    expect(JSON.stringify(again.payload)).not.toContain(token);

    expect((await listFailedMessages(now, 1000)).some((m) => m.id === failed!.id)).toBe(false);
    await expect(resendMessage(admin, failed!.id, now)).rejects.toMatchObject({ code: 'ALREADY_HANDLED' });
    expect(
      await prisma.outboxMessage.count({ where: { bookingId: booking.id, template: 'booking-confirmed' } }),
    ).toBe(2);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: failed!.id, action: 'outbox.resend' },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      data: { template: 'booking-confirmed', newManageLink: true },
    });
  });

  it('sends a failed reschedule e-mail again, its facts as they were, with a fresh working link', async () => {
    const { admin, booking, oldToken } = await setup();
    const facts = {
      reference: booking.reference,
      startsAt: instant(startsAt),
      endsAt: instant(booking.endsAt),
      sequence: 1,
      previousStartsAt: '2026-12-02T08:00:00.000Z',
    };
    await prisma.$transaction((tx) =>
      enqueueMessage(tx, {
        channel: 'EMAIL',
        template: 'visit-rescheduled',
        recipient: booking.email!,
        facts,
        secrets: { token: oldToken },
        bookingId: booking.id,
        dedupeKey: `rescheduled:${booking.id}:1`,
      }),
    );
    await giveUp({ bookingId: booking.id });
    const [failed] = await failedOf(booking.id);
    expect((await listFailedMessages(now, 1000)).find((m) => m.id === failed!.id)).toMatchObject({
      resend: { ok: true },
    });

    expect(await resendMessage(admin, failed!.id, now)).toEqual({ newLink: true });
    const again = await prisma.outboxMessage.findUniqueOrThrow({
      where: { dedupeKey: `resend:${failed!.id}` },
    });
    expect(again).toMatchObject({ template: 'visit-rescheduled', payload: { facts } });
    const mail = await contentOf(again);
    expect(mail.text).toContain('Poprzedni termin (środa, 2 grudnia 2026, 09:00) jest już nieaktualny.');
    const token = /\/wizyta\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    const b = await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(b.manageTokenHash).toBe(hashToken(token));
    expect(token).not.toBe(oldToken);
  });

  it('refuses a visit’s message whose address the resident replaced, or whose time a later change overtook', async () => {
    const { admin, booking, oldToken } = await setup();
    const queueMoved = (recipient: string, told: Date, n: number) =>
      prisma.$transaction((tx) =>
        enqueueMessage(tx, {
          channel: 'EMAIL',
          template: 'visit-moved',
          recipient,
          facts: {
            reference: booking.reference,
            startsAt: instant(told),
            endsAt: instant(new Date(told.getTime() + 15 * 60_000)),
            sequence: n,
            previousStartsAt: '2026-12-02T08:00:00.000Z',
          },
          secrets: { token: oldToken },
          bookingId: booking.id,
          dedupeKey: `moved:${booking.id}:${n}`,
        }),
      );
    await queueMoved('stary-adres@example.com', startsAt, 1); // the address before a correction
    await queueMoved(booking.email!, new Date('2026-12-02T10:00:00Z'), 2); // a time since changed
    await giveUp({ bookingId: booking.id });
    const failed = await failedOf(booking.id);
    const listed = await listFailedMessages(now, 1000);
    const why = (recipient: string) =>
      listed.find((m) => m.id === failed.find((f) => f.recipient === recipient)!.id)!.resend;
    expect(why('stary-adres@example.com')).toEqual({ ok: false, reason: 'notify.outbox.recipientChanged' });
    expect(why(booking.email!)).toEqual({ ok: false, reason: 'notify.outbox.visitChanged' });
    for (const f of failed)
      await expect(resendMessage(admin, f.id, now)).rejects.toMatchObject({ code: 'CANNOT_RESEND' });
    // Nothing was queued and the resident's link still works.
    expect(await prisma.outboxMessage.count({ where: { bookingId: booking.id, status: 'PENDING' } })).toBe(0);
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).manageTokenHash).toBe(
      hashToken(oldToken),
    );
  });

  it('refuses to re-send a code (it is not kept), says why, and lets the administrator close it', async () => {
    const { admin, booking } = await setup();
    await prisma.$transaction((tx) =>
      enqueueMessage(tx, {
        channel: 'EMAIL',
        template: 'confirmation-code',
        recipient: booking.email!,
        facts: { until: instant(startsAt), resent: false },
        secrets: { code: '123456' },
        bookingId: booking.id,
      }),
    );
    await giveUp({ bookingId: booking.id });
    const [failed] = await failedOf(booking.id);
    const listed = (await listFailedMessages(now, 1000)).find((m) => m.id === failed!.id)!;
    expect(listed.resend).toEqual({
      ok: false,
      reason: 'notify.outbox.codeCannotBeResent',
    });
    expect(listed.subject).toBe('Kod potwierdzający rezerwację: ••••••');

    await expect(resendMessage(admin, failed!.id, now)).rejects.toMatchObject({
      code: 'CANNOT_RESEND',
      userMessage: expect.stringMatching(/zarezerwować wizytę jeszcze raz/),
    });
    await closeFailedMessage(admin, failed!.id, now);
    expect(await failedOf(booking.id)).toEqual([]);
    expect(await prisma.auditLog.count({ where: { entityId: failed!.id, action: 'outbox.close' } })).toBe(1);
  });

  it('copies a message without secrets as it was, and refuses a visit’s message once the visit is cancelled', async () => {
    const { admin, booking } = await setup();
    await prisma.$transaction(async (tx) => {
      await enqueueMessage(tx, {
        channel: 'EMAIL',
        template: 'booking-cancelled',
        recipient: booking.email!,
        facts: {
          reference: booking.reference,
          startsAt: '2026-12-02T07:15:00Z',
          endsAt: '2026-12-02T07:30:00Z',
          sequence: 0,
        },
        bookingId: booking.id,
      });
      await enqueueMessage(tx, {
        channel: 'SMS',
        template: 'visit-reminder',
        recipient: '+48600100200',
        facts: {
          reference: booking.reference,
          startsAt: instant(startsAt),
          endsAt: instant(startsAt),
          sequence: 0,
        },
        bookingId: booking.id,
      });
    });
    await giveUp({ bookingId: booking.id });
    await prisma.booking.update({ where: { id: booking.id }, data: { status: 'CANCELLED' } });
    const failed = await failedOf(booking.id);
    const notice = failed.find((m) => m.template === 'booking-cancelled')!;
    const reminder = failed.find((m) => m.template === 'visit-reminder')!;

    expect(await resendMessage(admin, notice.id, now)).toEqual({ newLink: false });
    const copy = await prisma.outboxMessage.findUniqueOrThrow({
      where: { dedupeKey: `resend:${notice.id}` },
    });
    expect(copy).toMatchObject({
      status: 'PENDING',
      recipient: booking.email,
      payload: notice.payload,
      secrets: null,
    });
    expect(copy.expiresAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 24 * 3600_000);
    await expect(resendMessage(admin, reminder.id, now)).rejects.toMatchObject({
      code: 'CANNOT_RESEND',
      userMessage: expect.stringMatching(/odwołana albo już się rozpoczęła/),
    });
  });
});
