import 'server-only';
import { createEvent } from 'ics';
import type { Prisma } from '@/lib/generated/prisma/client';
import { createElement } from 'react';
import BookingConfirmedEmail from '@/emails/booking-confirmed';
import { MAX_CODE_ATTEMPTS, checkResend, isHoldLive } from '@/lib/domain/booking-rules';
import { atLeastADay } from '@/lib/domain/message-lifetime';
import { localDateOf } from '@/lib/domain/time';
import { formatLocalDate, formatTime } from '@/lib/i18n/format';
import { hashSecret, newConfirmationCode, secretsEqual } from './codes';
import { getConfig, peupUrl } from './config';
import { prisma } from './db';
import { AppError } from './errors';
import { hashToken } from './request-booking';
import { enqueueMessage, withdrawPending } from './outbox';
import { placeholder } from './outbox-secrets';
import { renderEmail } from './render-email';

type Tx = Prisma.TransactionClient;

const EXPIRED =
  'Czas na potwierdzenie minął (60 minut) i termin został zwolniony. Zarezerwuj wizytę ponownie.';

async function findHeld(token: string) {
  const b = await prisma.booking.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: {
      id: true,
      status: true,
      holdExpiresAt: true,
      codeHash: true,
      codeAttempts: true,
      codeResends: true,
      codeSentAt: true,
      email: true,
      phone: true,
      smsOptIn: true,
    },
  });
  if (!b) throw new AppError('NOT_FOUND', 'Nie znaleziono rezerwacji. Sprawdź odnośnik z e-maila.');
  return b;
}

/** Frees a hold's seat and contact locks: the time is bookable again at once. */
async function voidHold(id: string, now: Date, reason: string) {
  await prisma.$transaction(async (tx) => {
    const r = await tx.booking.updateMany({
      where: { id, status: 'HELD' },
      data: { status: 'EXPIRED', cancelledAt: now, cancelledBy: 'SYSTEM', cancelReason: reason },
    });
    if (r.count) {
      await tx.slotClaim.deleteMany({ where: { bookingId: id } });
      await tx.contactLock.deleteMany({ where: { bookingId: id } });
    }
  });
}

function icsFor(b: { startsAt: Date; endsAt: Date; reference: string }, title: string, location: string) {
  const toArr = (d: Date) =>
    [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()] as [
      number,
      number,
      number,
      number,
      number,
    ];
  const { value } = createEvent({
    start: toArr(b.startsAt),
    end: toArr(b.endsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    title,
    location,
    description: `Identyfikator wizyty: ${b.reference}`,
    uid: `${b.reference}@termin.um.opole.pl`,
  });
  return value ?? '';
}

/** The code from the e-mail turns the hold into a booking; 5 wrong codes void the hold. */
export async function confirmBooking(token: string, code: string, now: Date): Promise<void> {
  const b = await findHeld(token);
  if (b.status !== 'HELD') {
    if (b.status === 'CONFIRMED') return; // a double submit is not an error
    throw new AppError('NOT_HELD', EXPIRED);
  }
  if (!isHoldLive(b.holdExpiresAt, now)) {
    await voidHold(b.id, now, 'nie potwierdzono w ciągu 60 minut');
    throw new AppError('HOLD_EXPIRED', EXPIRED);
  }
  if (!b.codeHash || !secretsEqual(hashSecret(code, b.id), b.codeHash)) {
    const r = await prisma.booking.update({
      where: { id: b.id },
      data: { codeAttempts: { increment: 1 } },
      select: { codeAttempts: true },
    });
    if (r.codeAttempts >= MAX_CODE_ATTEMPTS) {
      await voidHold(b.id, now, 'pięć błędnych kodów');
      throw new AppError(
        'TOO_MANY_ATTEMPTS',
        'Pięć razy wpisano błędny kod, więc rezerwacja została anulowana, a termin zwolniony. Zarezerwuj wizytę ponownie.',
      );
    }
    const left = MAX_CODE_ATTEMPTS - r.codeAttempts;
    throw new AppError('WRONG_CODE', `Kod jest nieprawidłowy. Pozostało prób: ${left}.`, 'code');
  }
  await prisma.$transaction(async (tx) => {
    // Conditional: a hold that expired or was voided a moment ago is not confirmed.
    const r = await tx.booking.updateMany({
      where: { id: b.id, status: 'HELD', holdExpiresAt: { gt: now } },
      data: { status: 'CONFIRMED', confirmedAt: now, holdExpiresAt: null, codeHash: null },
    });
    if (!r.count) throw new AppError('HOLD_EXPIRED', EXPIRED);
    // A code still waiting in the outbox (e.g. the e-mail while the SMS got through) is moot now.
    await withdrawPending(tx, b.id, 'confirmation-code');
    await queueConfirmation(tx, b.id, token, now);
  });
}

/**
 * Queues the confirmation e-mail (identifier, kiosk code, .ics, manage link) and, when asked for,
 * the SMS, in the caller's transaction. Shared by the online flow and bookings made by phone, so
 * a resident gets the same message whichever way the visit was booked. Both live until the visit
 * (at least a day). `only` queues one channel under its own dedupe key (an administrator's
 * re-send of a failed confirmation, lib/server/resend-message.ts).
 */
export async function queueConfirmation(
  tx: Tx,
  bookingId: string,
  token: string,
  now: Date,
  only?: { channel: 'EMAIL' | 'SMS'; dedupeKey: string },
): Promise<void> {
  const full = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      reference: true,
      kioskCode: true,
      startsAt: true,
      endsAt: true,
      email: true,
      phone: true,
      smsOptIn: true,
      matter: { select: { name: true, peupPath: true } },
      office: { select: { name: true, address: true, postalCode: true, city: true, kioskEnabled: true } },
    },
  });
  const o = full.office;
  const address = `${o.address}, ${o.postalCode} ${o.city}`;
  const when = `${formatLocalDate(localDateOf(full.startsAt))}, ${formatTime(full.startsAt)}`;
  const expiresAt = atLeastADay(now, full.startsAt);
  if (full.email && (!only || only.channel === 'EMAIL')) {
    const content = await renderEmail(
      `Wizyta potwierdzona: ${when} — ${full.reference}`,
      createElement(BookingConfirmedEmail, {
        reference: full.reference,
        kioskCode: full.kioskCode,
        officeName: o.name,
        address,
        matter: full.matter.name,
        when,
        peupUrl: peupUrl(full.matter.peupPath),
        manageUrl: `${getConfig().appUrl}/wizyta/${placeholder('token')}`,
        kiosk: o.kioskEnabled,
      }),
    );
    content.attachments = [
      {
        filename: 'wizyta.ics',
        contentType: 'text/calendar; charset=utf-8',
        content: icsFor(full, `${full.matter.name} — ${o.name}`, address),
      },
    ];
    await enqueueMessage(tx, {
      channel: 'EMAIL',
      template: 'booking-confirmed',
      recipient: full.email,
      content,
      secrets: { token },
      expiresAt,
      bookingId,
      dedupeKey: only?.dedupeKey ?? `confirmed:${bookingId}`,
    });
  }
  if (full.smsOptIn && full.phone && (!only || only.channel === 'SMS')) {
    await enqueueMessage(tx, {
      channel: 'SMS',
      template: 'booking-confirmed',
      recipient: full.phone,
      content: {
        text: `UM Opole: wizyta potwierdzona ${when}, ${o.name}. Identyfikator ${full.reference}${o.kioskEnabled ? `, kod do biletomatu ${full.kioskCode}` : ''}.`,
      },
      expiresAt,
      bookingId,
      dedupeKey: only?.dedupeKey ?? `confirmed-sms:${bookingId}`,
    });
  }
}

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
    const r = await tx.booking.updateMany({
      where: { id: b.id, status: 'HELD', codeResends: b.codeResends },
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
