import { afterAll, describe, expect, it } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { latestMessageOf } from '@/lib/testing/outbox';
import { confirmBooking } from './confirm-booking';
import { resendCode } from './resend-code';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { requestTestBooking, testRegulations } from '@/lib/testing/request-test-booking';
import {
  NOW as now,
  STARTS_AT as startsAt,
  later,
  residentEmail as email,
} from '@/lib/testing/booking-clock';
import { createTestEmailBlock } from '@/lib/testing/blocks';

afterAll(() => prisma.$disconnect());

async function setup(opts: Parameters<typeof createTestCategory>[0] = {}) {
  const t = await createTestCategory(opts);
  const regs = await testRegulations();
  const book = (details: { email: string; phone?: string; smsOptIn?: boolean }, at = startsAt, when = now) =>
    requestTestBooking(t, { startsAt: at, now: when, details });
  return { ...t, regs, book };
}

function codeFrom(text: string) {
  return /(\d{6})/.exec(text)![1]!;
}

/** The newest message of the booking, as it will be sent (code and link decrypted). */
const lastMessage = latestMessageOf;

describe('booking online', () => {
  it('holds the time, queues the code by e-mail and SMS, and confirms with the right code', async () => {
    const { book } = await setup();
    const address = email();
    const { token, bookingId } = await book({ email: address, phone: '+48600100200', smsOptIn: true });
    const held = await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(held).toMatchObject({
      status: 'HELD',
      email: address,
      channel: 'ONLINE',
      holdExpiresAt: later(60),
    });
    expect(held.regulationsVersionId).toBeTruthy();
    expect(held.codeHash).not.toMatch(/^\d{6}$/);
    const mail = await lastMessage(bookingId);
    expect(mail.html).toContain('Potwierdź rezerwację');
    const sms = await lastMessage(bookingId, 'SMS');
    expect(codeFrom(sms.text)).toBe(codeFrom(mail.subject!));

    await confirmBooking(token, codeFrom(mail.subject!), later(10));
    const confirmed = await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(confirmed.status).toBe('CONFIRMED');
    const done = await lastMessage(bookingId);
    expect(done.text).toContain(confirmed.reference);
    expect(done.text).toContain(confirmed.kioskCode);
    expect(done.icalEvent?.content).toContain('BEGIN:VEVENT');
  });

  it('allows one live booking per e-mail in a category', async () => {
    const { book } = await setup();
    const address = email();
    await book({ email: address });
    await expect(book({ email: address }, new Date('2026-12-02T07:15:00Z'))).rejects.toMatchObject({
      code: 'CONTACT_BUSY',
    });
  });

  it('frees the e-mail once the confirmed visit is over, even if nobody marked it', async () => {
    const { book } = await setup();
    const address = email();
    const { token, bookingId } = await book({ email: address });
    await confirmBooking(token, codeFrom((await lastMessage(bookingId)).subject!), later(5));
    const nextWeek = new Date('2026-12-09T07:00:00Z');
    const duringVisit = new Date(startsAt.getTime() + 5 * 60_000);
    await expect(book({ email: address }, nextWeek, duringVisit)).rejects.toMatchObject({
      code: 'CONTACT_BUSY',
    });
    const afterVisit = new Date(startsAt.getTime() + 20 * 60_000);
    await expect(book({ email: address }, nextWeek, afterVisit)).resolves.toMatchObject({
      token: expect.any(String),
    });
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe('CONFIRMED');
  });

  it('voids the hold after 5 wrong codes, and the time is free again', async () => {
    const { book, category } = await setup({ counters: 1 });
    const { token, bookingId } = await book({ email: email() });
    for (let i = 1; i <= 4; i++) {
      await expect(confirmBooking(token, '000000', later(1))).rejects.toMatchObject({ code: 'WRONG_CODE' });
    }
    await expect(confirmBooking(token, '000000', later(1))).rejects.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
    });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({
      status: 'EXPIRED',
      cancelReason: 'WRONG_CODES',
      cancelNote: null,
    });
    expect(await prisma.slotClaim.count({ where: { categoryId: category.id } })).toBe(0);
    await expect(book({ email: email() }, startsAt, later(2))).resolves.toBeTruthy();
  });

  it('refuses the right code at exactly 60 minutes and frees the time', async () => {
    const { book } = await setup({ counters: 1 });
    const { token, bookingId } = await book({ email: email() });
    const code = codeFrom((await lastMessage(bookingId)).subject!);
    await expect(confirmBooking(token, code, later(60))).rejects.toMatchObject({ code: 'HOLD_EXPIRED' });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({
      status: 'EXPIRED',
      cancelReason: 'NOT_CONFIRMED',
      cancelNote: null,
    });
  });

  it('re-sends a new code at most 3 times, 60 s apart, without extending the hold', async () => {
    const { book } = await setup();
    const { token, bookingId } = await book({ email: email() });
    const first = codeFrom((await lastMessage(bookingId)).subject!);
    await expect(resendCode(token, later(0.5))).rejects.toMatchObject({ code: 'RESEND_LIMIT' });
    await resendCode(token, later(1));
    await resendCode(token, later(2));
    await resendCode(token, later(3));
    await expect(resendCode(token, later(4))).rejects.toMatchObject({ code: 'RESEND_LIMIT' });
    const b = await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(b.holdExpiresAt).toEqual(later(60));
    const latest = codeFrom((await lastMessage(bookingId)).subject!);
    await expect(confirmBooking(token, first === latest ? '999999' : first, later(5))).rejects.toBeInstanceOf(
      AppError,
    );
    await confirmBooking(token, latest, later(5));
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe('CONFIRMED');
  });

  it('refuses a contact blocked at the office, pointing to the phone line', async () => {
    const { book, office } = await setup();
    const address = email();
    await createTestEmailBlock({
      officeId: office.id,
      email: address,
      startsAt: later(-60),
      endsAt: later(60 * 24 * 30),
    });
    await expect(book({ email: address })).rejects.toMatchObject({
      code: 'CONTACT_BLOCKED',
      userMessage: expect.stringContaining('77 54 11 361'),
    });
  });
});
