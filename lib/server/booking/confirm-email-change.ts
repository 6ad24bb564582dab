import 'server-only';
import { MAX_CODE_ATTEMPTS } from '@/lib/domain/booking-rules';
import { secretsEqual } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { AppError, isAppError } from '@/lib/server/core/errors';
import { withdrawPending } from '@/lib/server/notify/enqueue-message';
import { queueConfirmation } from './confirm-booking';
import { correctableWhere, getCorrectableBooking } from './correctable-booking';
import { moveContactLock } from './lock-contacts';
import { recordCorrection } from './record-correction';
import { assertEmailAvailable, emailChangeCodeHash } from './request-email-change';

const tooManyAttempts = () =>
  new AppError('TOO_MANY_ATTEMPTS', { message: 'corrections.email.tooManyAttempts', field: 'code' });

/** Drops the change waiting (and its code still in the outbox): a new request starts again. */
async function dropChange(bookingId: string) {
  await prisma.$transaction(async (tx) => {
    await tx.emailChange.deleteMany({ where: { bookingId } });
    await withdrawPending(tx, bookingId, 'email-change-code');
  });
}

/**
 * Counts one guess before any comparison, by a conditional increment (as confirmBooking does):
 * of guesses sent at once, no more than MAX_CODE_ATTEMPTS are ever compared.
 */
async function countAttempt(bookingId: string, now: Date) {
  const [counted] = await prisma.emailChange.updateManyAndReturn({
    where: { bookingId, attempts: { lt: MAX_CODE_ATTEMPTS }, expiresAt: { gt: now } },
    data: { attempts: { increment: 1 } },
    select: { email: true, codeHash: true, attempts: true },
  });
  return counted ?? null;
}

/**
 * Step 2 of an e-mail correction (docs/decisions/039): the code from the new address's mailbox
 * makes it the booking's. In one transaction: the change waiting is used up, the address checked
 * again (blocked, or taken by another live booking of the category meanwhile: refused, the change
 * still waiting), the booking's address replaced, its contact lock moved, its messages still
 * waiting readdressed, the change audited and told to the old address, and the confirmation
 * (manage link, calendar event) sent to the new one. Five wrong codes drop the change.
 */
export async function confirmEmailChange(token: string, code: string, now: Date): Promise<{ email: string }> {
  const b = await getCorrectableBooking(prisma, token, now);
  if (b.status !== 'CONFIRMED')
    throw new AppError('NOT_FOUND', { message: 'corrections.email.confirmFirst' });
  const pending = b.emailChange;
  if (!pending) throw new AppError('NOT_FOUND', { message: 'corrections.email.noPending' });
  if (pending.expiresAt <= now)
    throw new AppError('CODE', { message: 'corrections.email.expired', field: 'code' });
  const attempt = await countAttempt(b.id, now);
  if (!attempt) {
    // The five guesses are used (the fifth dropped the change), or it changed since it was read.
    const current = await prisma.emailChange.findUnique({
      where: { bookingId: b.id },
      select: { attempts: true },
    });
    if (!current && (await getCorrectableBooking(prisma, token, now)).email === pending.email)
      return { email: pending.email }; // a double submit of the right code is not an error
    if (!current || current.attempts >= MAX_CODE_ATTEMPTS) throw tooManyAttempts();
    throw new AppError('CODE', { message: 'corrections.email.expired', field: 'code' });
  }
  if (!secretsEqual(emailChangeCodeHash(code, b.id, attempt.email), attempt.codeHash)) {
    if (attempt.attempts >= MAX_CODE_ATTEMPTS) {
      await dropChange(b.id);
      throw tooManyAttempts();
    }
    const left = MAX_CODE_ATTEMPTS - attempt.attempts;
    throw new AppError('WRONG_CODE', { message: 'flow.wrongCode', params: { left }, field: 'code' });
  }
  const email = attempt.email;
  try {
    await prisma.$transaction(async (tx) => {
      // Used once: a second post of the same code (or a change replaced meanwhile) finds nothing.
      const used = await tx.emailChange.deleteMany({
        where: { bookingId: b.id, codeHash: attempt.codeHash, expiresAt: { gt: now } },
      });
      if (!used.count) throw new AppError('CONCURRENT');
      await assertEmailAvailable(tx, b, email, now);
      const r = await tx.booking.updateMany({
        where: { ...correctableWhere(token, now), id: b.id, status: 'CONFIRMED' },
        data: { email },
      });
      if (!r.count) throw new AppError('NOT_FOUND', { message: 'corrections.notChangeable' });
      await moveContactLock(tx, b, 'EMAIL', email, now);
      // A reminder or a notice still waiting goes to the address the booking has now.
      if (b.email)
        await tx.outboxMessage.updateMany({
          where: {
            bookingId: b.id,
            channel: 'EMAIL',
            status: 'PENDING',
            recipient: b.email,
            template: { not: 'booking-corrected' },
          },
          data: { recipient: email },
        });
      await withdrawPending(tx, b.id, 'email-change-code');
      await recordCorrection(tx, { before: b, field: 'email', value: email });
      await queueConfirmation(tx, b.id, token, now, {
        channel: 'EMAIL',
        dedupeKey: `email-changed:${b.id}:${now.getTime()}`,
      });
    });
  } catch (e) {
    // Taken or blocked since the code was sent: said above the form (the code was right).
    if (isAppError(e) && e.code === 'CONTACT_BUSY')
      throw new AppError('CONTACT_BUSY', { message: 'corrections.email.busy' });
    if (isAppError(e) && e.code === 'CONTACT_BLOCKED')
      throw new AppError('CONTACT_BLOCKED', { message: e.messageKey, params: e.params });
    throw e;
  }
  return { email };
}
