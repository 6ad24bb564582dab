import { afterAll, describe, expect, it } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { confirmBooking } from './confirm-booking';
import { resendCode } from './resend-code';
import { prisma } from '@/lib/server/core/db';
import { requestBooking } from './request-booking';
import { latestMessageOf } from '@/lib/testing/outbox';

afterAll(() => prisma.$disconnect());

// Tuesday 1 December 2026, 07:00 in Opole; the time held is Wednesday 08:00 (07:00Z).
const now = new Date('2026-12-01T06:00:00Z');
const startsAt = new Date('2026-12-02T07:00:00Z');
const later = (min: number) => new Date(now.getTime() + min * 60_000);
let n = 0;

/** A fresh hold made at `heldAt`, with its manage token and the code from its e-mail. */
async function hold(heldAt = now) {
  const t = await createTestCategory({ counters: 1 });
  const regs = await prisma.regulationsVersion.upsert({
    where: { version: 1 },
    update: {},
    create: { version: 1, title: 'Regulamin', body: '…' },
  });
  const { token, bookingId } = await requestBooking({
    categoryId: t.category.id,
    matterId: t.matter.id,
    startsAt,
    details: {
      email: `guess-${Date.now()}-${n++}@example.com`,
      smsOptIn: false,
      idApplicationNumber: undefined,
    },
    regulations: { versionId: regs.id, acceptedAt: heldAt },
    now: heldAt,
  });
  const mail = await latestMessageOf(bookingId);
  const code = /(\d{6})/.exec(mail.subject ?? '')![1]!;
  const wrong = code === '000000' ? '111111' : '000000';
  const answer = (c: string) =>
    confirmBooking(token, c, later(5)).then(
      () => 'CONFIRMED',
      (e: { code?: string }) => e.code ?? String(e),
    );
  return { ...t, token, bookingId, code, wrong, answer };
}

const tally = (answers: string[]) =>
  answers.reduce<Record<string, number>>((t, a) => ({ ...t, [a]: (t[a] ?? 0) + 1 }), {});

const stateOf = (id: string) =>
  prisma.booking.findUniqueOrThrow({
    where: { id },
    select: { status: true, codeAttempts: true, claim: { select: { seat: true } } },
  });

describe('code guesses', () => {
  it('20 wrong codes at once: only 5 are compared, and the right code after them never confirms', async () => {
    const h = await hold();
    const answers = await Promise.all(Array.from({ length: 20 }, () => h.answer(h.wrong)));
    // The fifth wrong guess is the one that voids the hold and says so.
    expect(tally(answers)).toEqual({ WRONG_CODE: 4, TOO_MANY_ATTEMPTS: 16 });
    expect(await h.answer(h.code)).toBe('TOO_MANY_ATTEMPTS');
    expect(await stateOf(h.bookingId)).toEqual({ status: 'EXPIRED', codeAttempts: 5, claim: null });
  });

  it('the right code in the moment between the fifth wrong guess and the voiding of the hold never confirms', async () => {
    const h = await hold();
    for (let i = 0; i < 4; i++) expect(await h.answer(h.wrong)).toBe('WRONG_CODE');
    // The fifth wrong guess of a parallel request has been counted; its voiding is not written yet.
    await prisma.booking.update({ where: { id: h.bookingId }, data: { codeAttempts: { increment: 1 } } });
    expect(await h.answer(h.code)).toBe('TOO_MANY_ATTEMPTS');
    expect(await stateOf(h.bookingId)).toMatchObject({ status: 'HELD', codeAttempts: 5 });
  });

  it('the right code as the fifth guess still confirms', async () => {
    const h = await hold();
    for (let i = 0; i < 4; i++) expect(await h.answer(h.wrong)).toBe('WRONG_CODE');
    expect(await h.answer(h.code)).toBe('CONFIRMED');
    expect(await stateOf(h.bookingId)).toEqual({ status: 'CONFIRMED', codeAttempts: 5, claim: { seat: 1 } });
  });

  it('10 re-sends at once send one new code', async () => {
    const h = await hold();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        resendCode(h.token, later(2)).then(
          () => 'SENT',
          (e: { code?: string }) => e.code ?? String(e),
        ),
      ),
    );
    expect(tally(answers)).toEqual({ SENT: 1, RESEND_LIMIT: 9 });
    const b = await prisma.booking.findUniqueOrThrow({
      where: { id: h.bookingId },
      select: { codeResends: true },
    });
    expect(b.codeResends).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { bookingId: h.bookingId } })).toBe(2);
  });
});

describe('a hold made shortly before the visit', () => {
  const heldAt = new Date(startsAt.getTime() - 10 * 60_000);
  const min = (n: number) => new Date(startsAt.getTime() + n * 60_000);

  it('runs out when the visit begins: the code no longer confirms it after that', async () => {
    const h = await hold(heldAt);
    const b = await prisma.booking.findUniqueOrThrow({
      where: { id: h.bookingId },
      select: { holdExpiresAt: true },
    });
    expect(b.holdExpiresAt).toEqual(startsAt);
    // The e-mail gives the visit's start as the end of the time to confirm.
    expect((await latestMessageOf(h.bookingId)).text).toContain('do godz. 08:00');
    await expect(confirmBooking(h.token, h.code, min(1))).rejects.toMatchObject({ code: 'HOLD_EXPIRED' });
    expect(await stateOf(h.bookingId)).toMatchObject({ status: 'EXPIRED', claim: null });
  });

  it('is confirmed until the moment before', async () => {
    const h = await hold(heldAt);
    await confirmBooking(h.token, h.code, new Date(startsAt.getTime() - 1));
    expect(await stateOf(h.bookingId)).toMatchObject({ status: 'CONFIRMED', claim: { seat: 1 } });
  });
});
