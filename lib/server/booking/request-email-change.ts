import 'server-only';
import { MAX_CODE_RESENDS, RESEND_INTERVAL_MS, checkResend, holdExpiry } from '@/lib/domain/booking-rules';
import { EMAIL_CHANGE_MINUTES } from '@/lib/domain/corrections';
import { findActiveBlock } from '@/lib/server/blocks/find-active-block';
import { hashSecret, newConfirmationCode } from '@/lib/server/core/codes';
import { hashContact } from '@/lib/server/core/contact-hash';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError, isAppError } from '@/lib/server/core/errors';
import { LIMITS, type Limit, hitRateLimit } from '@/lib/server/core/rate-limit';
import { enqueueMessage, withdrawPending } from '@/lib/server/notify/enqueue-message';
import { instant } from '@/lib/server/notify/messages/message';
import { type CorrectableBooking, getCorrectableBooking } from './correctable-booking';
import { assertContactFree } from './lock-contacts';

const TEMPLATE = 'email-change-code';

/** The code's hash, bound to its booking and its address: a code never confirms another address. */
export const emailChangeCodeHash = (code: string, bookingId: string, email: string) =>
  hashSecret(code, `email-change:${bookingId}:${email}`);

/** A confirmed booking's e-mail may change (a hold's code went to the address it has). */
async function getChangeable(token: string, now: Date) {
  const b = await getCorrectableBooking(prisma, token, now);
  if (b.status !== 'CONFIRMED')
    throw new AppError('NOT_FOUND', { message: 'corrections.email.confirmFirst' });
  return b;
}

/** One code more for this booking and this address (refused past either day's limit). */
async function countSend(b: CorrectableBooking, email: string, now: Date) {
  const refuse = async (limit: Limit, key: string, message: 'bookingLimit' | 'addressLimit') => {
    if ((await hitRateLimit(limit, key, now)) !== null)
      throw new AppError('RATE_LIMITED', {
        message: `corrections.email.${message}`,
        params: { phone: b.office.bookingPhone },
        field: message === 'addressLimit' ? 'email' : undefined,
      });
  };
  await refuse(LIMITS.emailChangeBooking, b.id, 'bookingLimit');
  await refuse(LIMITS.emailChangeAddress, hashContact('EMAIL', email), 'addressLimit');
}

/**
 * Whether the address may become this booking's: not blocked at its office, no other live booking
 * of its category holding it. Asked when the code is requested and again when it is typed.
 */
export async function assertEmailAvailable(tx: Tx, b: CorrectableBooking, email: string, now: Date) {
  if (await findActiveBlock(tx, b.officeId, { kind: 'EMAIL', value: email }, now))
    throw new AppError('CONTACT_BLOCKED', {
      message: 'corrections.email.blocked',
      params: { phone: b.office.bookingPhone },
      field: 'email',
    });
  try {
    await assertContactFree(tx, b, { kind: 'EMAIL', value: email }, now);
  } catch (e) {
    if (isAppError(e) && e.code === 'CONTACT_BUSY')
      throw new AppError('CONTACT_BUSY', { message: 'corrections.email.busy', field: 'email' });
    throw e;
  }
}

/** Queues the code to the new address, the previous one withdrawn (it is void). */
async function sendCode(tx: Tx, bookingId: string, email: string, code: string, until: Date) {
  await withdrawPending(tx, bookingId, TEMPLATE);
  await enqueueMessage(tx, {
    template: TEMPLATE,
    channel: 'EMAIL',
    recipient: email,
    facts: { until: instant(until) },
    secrets: { code },
    expiresAt: until,
    bookingId,
  });
}

/**
 * Step 1 of an e-mail correction (docs/decisions/039): a code to the new address, which becomes
 * the booking's only when the code is typed (confirm-email-change.ts). A new request replaces
 * the one waiting. Refused, before any code is sent, for the booking's own address, a blocked
 * one, or one with another live booking in the category; limited per booking and per address
 * (the action adds the per-client limit). Phone bookings without an address may add one this way.
 */
export async function requestEmailChange(token: string, email: string, now: Date): Promise<{ until: Date }> {
  const b = await getChangeable(token, now);
  if (b.email === email)
    throw new AppError('UNCHANGED', { message: 'corrections.email.same', field: 'email' });
  // Counted before the checks: asking which addresses are busy costs the asker as a code does.
  await countSend(b, email, now);
  const code = newConfirmationCode();
  const until = holdExpiry(now, EMAIL_CHANGE_MINUTES, b.startsAt);
  await prisma.$transaction(async (tx) => {
    await assertEmailAvailable(tx, b, email, now);
    const change = {
      email,
      codeHash: emailChangeCodeHash(code, b.id, email),
      attempts: 0,
      resends: 0,
      sentAt: now,
      expiresAt: until,
    };
    await tx.emailChange.upsert({
      where: { bookingId: b.id },
      create: { bookingId: b.id, ...change },
      update: change,
    });
    await sendCode(tx, b.id, email, code, until);
  });
  return { until };
}

/** A new code to the address waiting, at most 3 times, 60 s apart; its time starts again. */
export async function resendEmailChangeCode(token: string, now: Date): Promise<{ email: string }> {
  const b = await getChangeable(token, now);
  const pending = b.emailChange;
  if (!pending || pending.expiresAt <= now)
    throw new AppError('NOT_FOUND', { message: 'corrections.email.noPending' });
  const check = checkResend(pending.resends, pending.sentAt, now);
  if (!check.ok)
    throw check.reason === 'limit'
      ? new AppError('RESEND_LIMIT', { message: 'corrections.email.resendLimit' })
      : new AppError('RESEND_LIMIT', {
          message: 'flow.resendWait',
          params: { seconds: check.waitSeconds ?? 0 },
        });
  await countSend(b, pending.email, now);
  const code = newConfirmationCode();
  const until = holdExpiry(now, EMAIL_CHANGE_MINUTES, b.startsAt);
  await prisma.$transaction(async (tx) => {
    // The rule is the write's condition: of re-sends sent at once, one is written.
    const r = await tx.emailChange.updateMany({
      where: {
        bookingId: b.id,
        email: pending.email,
        expiresAt: { gt: now },
        resends: { lt: MAX_CODE_RESENDS },
        sentAt: { lte: new Date(now.getTime() - RESEND_INTERVAL_MS) },
      },
      data: {
        codeHash: emailChangeCodeHash(code, b.id, pending.email),
        resends: { increment: 1 },
        sentAt: now,
        expiresAt: until,
      },
    });
    if (!r.count) throw new AppError('RESEND_LIMIT');
    await sendCode(tx, b.id, pending.email, code, until);
  });
  return { email: pending.email };
}
