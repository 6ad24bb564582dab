import 'server-only';
import { MAX_CODE_RESENDS, RESEND_INTERVAL_MS, checkResend, isHoldLive } from '@/lib/domain/booking-rules';
import { formatTime } from '@/lib/i18n/format';
import { hashSecret, newConfirmationCode } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { enqueueMessage, withdrawPending } from '@/lib/server/notify/enqueue-message';
import { placeholder } from '@/lib/server/notify/outbox-secrets';
import { EXPIRED, findHeld } from './find-held';

/** A new code, at most 3 times, 60 s apart; the hold keeps its original expiry. */
export async function resendCode(token: string, now: Date): Promise<void> {
  const b = await findHeld(token);
  if (b.status !== 'HELD' || !isHoldLive(b.holdExpiresAt, now)) throw new AppError('HOLD_EXPIRED', EXPIRED);
  const check = checkResend(b.codeResends, b.codeSentAt, now);
  if (!check.ok) {
    throw new AppError(
      'RESEND_LIMIT',
      check.reason === 'limit'
        ? 'Kod wysłano już ponownie 3 razy. Sprawdź folder spam albo zadzwoń: 77 54 11 361.'
        : `Nowy kod można wysłać za ${check.waitSeconds} s.`,
    );
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
    if (!r.count) throw new AppError('RESEND_LIMIT', 'Kod właśnie wysłano. Sprawdź skrzynkę.');
    await withdrawPending(tx, b.id, 'confirmation-code'); // the old code is void
    await enqueueMessage(tx, {
      channel: 'EMAIL',
      template: 'confirmation-code',
      recipient: b.email!,
      content: {
        subject: `Nowy kod potwierdzający: ${placeholder('code')}`,
        text: `Twój nowy kod potwierdzający rezerwację: ${placeholder('code')}\nPoprzedni kod jest nieważny. Termin czeka do ${formatTime(b.holdExpiresAt!)}.`,
      },
      secrets: { code },
      expiresAt: b.holdExpiresAt!,
      bookingId: b.id,
    });
    if (b.smsOptIn && b.phone) {
      await enqueueMessage(tx, {
        channel: 'SMS',
        template: 'confirmation-code',
        recipient: b.phone,
        content: { text: `UM Opole: nowy kod potwierdzajacy: ${placeholder('code')}` },
        secrets: { code },
        expiresAt: b.holdExpiresAt!,
        bookingId: b.id,
      });
    }
  });
}
