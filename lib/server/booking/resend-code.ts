import 'server-only';
import { MAX_CODE_RESENDS, RESEND_INTERVAL_MS, checkResend, isHoldLive } from '@/lib/domain/booking-rules';
import { hashSecret, newConfirmationCode } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { enqueueMessage, withdrawPending } from '@/lib/server/notify/enqueue-message';
import { instant } from '@/lib/server/notify/messages/message';
import { findHeld } from './find-held';
import { findBookingPhone } from './find-booking-phone';

/** A new code, at most 3 times, 60 s apart; the hold keeps its original expiry. */
export async function resendCode(token: string, now: Date): Promise<void> {
  const b = await findHeld(token);
  if (b.status !== 'HELD' || !isHoldLive(b.holdExpiresAt, now)) throw new AppError('HOLD_EXPIRED');
  const check = checkResend(b.codeResends, b.codeSentAt, now);
  if (!check.ok) {
    throw check.reason === 'limit'
      ? new AppError('RESEND_LIMIT', {
          message: 'flow.resendLimit',
          params: { phone: (await findBookingPhone(token)) ?? '' },
        })
      : new AppError('RESEND_LIMIT', {
          message: 'flow.resendWait',
          params: { seconds: check.waitSeconds ?? 0 },
        });
  }
  const code = newConfirmationCode();
  await prisma.$transaction(async (tx) => {
    // The rule itself is the condition of the write (as for guesses): of re-sends sent at once,
    // one is written, whatever each of them read.
    const r = await tx.booking.updateMany({
      where: {
        id: b.id,
        status: 'HELD',
        holdExpiresAt: { gt: now },
        codeResends: { lt: MAX_CODE_RESENDS },
        OR: [{ codeSentAt: null }, { codeSentAt: { lte: new Date(now.getTime() - RESEND_INTERVAL_MS) } }],
      },
      data: { codeHash: hashSecret(code, b.id), codeResends: { increment: 1 }, codeSentAt: now },
    });
    if (!r.count) throw new AppError('RESEND_LIMIT');
    await withdrawPending(tx, b.id, 'confirmation-code'); // the old code is void
    const message = {
      template: 'confirmation-code',
      facts: { until: instant(b.holdExpiresAt!), resent: true },
      secrets: { code },
      expiresAt: b.holdExpiresAt!,
      bookingId: b.id,
    } as const;
    await enqueueMessage(tx, { ...message, channel: 'EMAIL', recipient: b.email! });
    if (b.smsOptIn && b.phone) await enqueueMessage(tx, { ...message, channel: 'SMS', recipient: b.phone });
  });
}
