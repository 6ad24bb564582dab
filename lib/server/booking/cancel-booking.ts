import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { releaseBookings } from './release-booking';
import { hashToken } from '@/lib/server/core/codes';
import { canReceiveSms } from '@/lib/server/notify/sms-recipient';

/** The resident cancels (a POST, never a link): the time is bookable again at once. */
export async function cancelBookingByToken(token: string, now: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const b = await tx.booking.findUnique({
      where: { manageTokenHash: hashToken(token) },
      select: { id: true, status: true, startsAt: true, email: true, reference: true },
    });
    if (!b) throw new AppError('NOT_FOUND', 'Nie znaleziono rezerwacji. Sprawdź odnośnik z e-maila.');
    if (b.status === 'CANCELLED') return;
    if (b.startsAt.getTime() <= now.getTime())
      throw new AppError('PAST', 'Wizyta już się rozpoczęła lub minęła — nie można jej odwołać.');
    const r = await tx.booking.updateMany({
      where: { id: b.id, status: { in: ['HELD', 'CONFIRMED'] } },
      data: {
        status: 'CANCELLED',
        cancelledAt: now,
        cancelledBy: 'RESIDENT',
        cancelReason: 'odwołana przez mieszkańca',
      },
    });
    if (!r.count) throw new AppError('NOT_CANCELLABLE', 'Tej rezerwacji nie można już odwołać.');
    await releaseBookings(tx, [b.id], now);
    if (b.email && b.status === 'CONFIRMED') {
      await enqueueMessage(tx, {
        channel: 'EMAIL',
        template: 'booking-cancelled',
        recipient: b.email,
        content: {
          subject: `Wizyta odwołana — ${b.reference}`,
          text: `Twoja wizyta ${b.reference} została odwołana. Termin jest znowu dostępny dla innych.`,
        },
        bookingId: b.id,
        dedupeKey: `cancelled:${b.id}`,
      });
    }
  });
}

/**
 * The resident corrects the phone number (right to rectification), until the visit begins. A number that cannot take an
 * SMS (a landline, another country's mobile) is still saved as the contact phone, but turns the
 * SMS notices off; `smsTurnedOff` says so, for the page to tell the resident.
 */
export async function updatePhoneByToken(
  token: string,
  phone: string | undefined,
  now: Date,
): Promise<{ smsTurnedOff: boolean }> {
  const where = {
    manageTokenHash: hashToken(token),
    status: { in: ['HELD' as const, 'CONFIRMED' as const] },
    startsAt: { gt: now },
    anonymisedAt: null,
  };
  const before = await prisma.booking.findFirst({ where, select: { smsOptIn: true } });
  const smsPossible = !!phone && canReceiveSms(phone);
  const r = await prisma.booking.updateMany({
    where,
    data: { phone: phone ?? null, ...(smsPossible ? {} : { smsOptIn: false }) },
  });
  if (!r.count) throw new AppError('NOT_FOUND', 'Nie można zmienić danych tej rezerwacji.');
  return { smsTurnedOff: !!phone && !smsPossible && !!before?.smsOptIn };
}
