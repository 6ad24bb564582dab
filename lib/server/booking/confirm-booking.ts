import 'server-only';
import { MAX_CODE_ATTEMPTS, isHoldLive } from '@/lib/domain/booking-rules';
import type { CancelReason } from '@/lib/domain/reasons';
import { atLeastADay } from '@/lib/domain/message-lifetime';
import { hashSecret, secretsEqual } from '@/lib/server/core/codes';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { enqueueMessage, withdrawPending } from '@/lib/server/notify/enqueue-message';
import { calendarFactsOf } from '@/lib/server/notify/messages/visit-calendar';
import { applyTransition } from './apply-transition';
import { findHeld } from './find-held';

/** Frees a hold's seat and contact locks: the time is bookable again at once. */
async function voidHold(id: string, now: Date, reason: CancelReason) {
  await prisma.$transaction((tx) =>
    applyTransition(tx, {
      transition: 'expire',
      by: 'SYSTEM',
      where: { id },
      data: { cancelReason: reason },
      now,
    }),
  );
}

const tooManyAttempts = () => new AppError('TOO_MANY_ATTEMPTS');
/** The hold is no longer there to confirm: its time ran out (or it was voided meanwhile). */
const notHeld = () => new AppError('NOT_HELD', { message: 'errors.HOLD_EXPIRED' });

/**
 * Counts one guess, by the database, before any comparison: a conditional increment that refuses
 * past the limit, so of 20 guesses sent at once exactly 5 are ever compared. Returns the hash to
 * compare with (a re-sent code may have replaced it a moment ago), or null once the limit is used.
 */
async function countAttempt(id: string) {
  const [counted] = await prisma.booking.updateManyAndReturn({
    where: { id, status: 'HELD', codeAttempts: { lt: MAX_CODE_ATTEMPTS } },
    data: { codeAttempts: { increment: 1 } },
    select: { codeAttempts: true, codeHash: true },
  });
  return counted ?? null;
}

/** The code from the e-mail turns the hold into a booking; 5 wrong codes void the hold. */
export async function confirmBooking(token: string, code: string, now: Date): Promise<void> {
  const b = await findHeld(token);
  if (b.status !== 'HELD') {
    if (b.status === 'CONFIRMED') return; // a double submit is not an error
    throw b.codeAttempts >= MAX_CODE_ATTEMPTS ? tooManyAttempts() : notHeld();
  }
  if (!isHoldLive(b.holdExpiresAt, now)) {
    await voidHold(b.id, now, 'NOT_CONFIRMED');
    throw new AppError('HOLD_EXPIRED');
  }
  const attempt = await countAttempt(b.id);
  if (!attempt) {
    // The five guesses are used (the one that used the fifth voids the hold, or confirms it), or
    // the hold changed since it was read.
    const current = await prisma.booking.findUniqueOrThrow({
      where: { id: b.id },
      select: { status: true, codeAttempts: true },
    });
    if (current.status === 'CONFIRMED') return;
    if (current.codeAttempts >= MAX_CODE_ATTEMPTS) throw tooManyAttempts();
    throw notHeld();
  }
  if (!attempt.codeHash || !secretsEqual(hashSecret(code, b.id), attempt.codeHash)) {
    if (attempt.codeAttempts >= MAX_CODE_ATTEMPTS) {
      await voidHold(b.id, now, 'WRONG_CODES');
      throw tooManyAttempts();
    }
    const left = MAX_CODE_ATTEMPTS - attempt.codeAttempts;
    throw new AppError('WRONG_CODE', { message: 'flow.wrongCode', params: { left }, field: 'code' });
  }
  await prisma.$transaction((tx) => markConfirmed(tx, b.id, token, now));
}

/**
 * The hold becomes a booking, in the caller's transaction: conditional, so a hold that expired or
 * was voided a moment ago is not confirmed; the confirmation is queued with it.
 */
export async function markConfirmed(tx: Tx, bookingId: string, token: string, now: Date): Promise<void> {
  const confirmed = await applyTransition(tx, {
    transition: 'confirm',
    by: 'RESIDENT',
    where: { id: bookingId, holdExpiresAt: { gt: now } },
    data: { holdExpiresAt: null, codeHash: null },
    now,
  });
  if (!confirmed.length) throw new AppError('HOLD_EXPIRED');
  // A code still waiting in the outbox (e.g. the e-mail while the SMS got through) is moot now.
  await withdrawPending(tx, bookingId, 'confirmation-code');
  await queueConfirmation(tx, bookingId, token, now);
}

/**
 * Queues the confirmation e-mail (identifier, kiosk code, .ics, manage link) and, when asked for,
 * the SMS, in the caller's transaction. Shared by the online flow and bookings made by phone, so
 * a resident gets the same message whichever way the visit was booked. Both live until the visit
 * (at least a day). `only` queues one channel under its own dedupe key (an administrator's
 * re-send of a failed confirmation, lib/server/notify/resend-message.ts).
 */
export async function queueConfirmation(
  tx: Tx,
  bookingId: string,
  token: string,
  now: Date,
  only?: { channel: 'EMAIL' | 'SMS'; dedupeKey: string },
): Promise<void> {
  const b = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      reference: true,
      startsAt: true,
      endsAt: true,
      calendarSequence: true,
      email: true,
      phone: true,
      smsOptIn: true,
    },
  });
  // Facts only (the time and identifier this confirmation is about): rendered when sent.
  const message = {
    template: 'booking-confirmed',
    facts: calendarFactsOf(b),
    expiresAt: atLeastADay(now, b.startsAt),
    bookingId,
  } as const;
  if (b.email && (!only || only.channel === 'EMAIL'))
    await enqueueMessage(tx, {
      ...message,
      channel: 'EMAIL',
      recipient: b.email,
      secrets: { token },
      dedupeKey: only?.dedupeKey ?? `confirmed:${bookingId}`,
    });
  if (b.smsOptIn && b.phone && (!only || only.channel === 'SMS'))
    await enqueueMessage(tx, {
      ...message,
      channel: 'SMS',
      recipient: b.phone,
      dedupeKey: only?.dedupeKey ?? `confirmed-sms:${bookingId}`,
    });
}
