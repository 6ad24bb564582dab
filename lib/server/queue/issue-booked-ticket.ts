import 'server-only';
import { checkCodeWindow } from '@/lib/domain/queue-ticket';
import { localDateOf } from '@/lib/domain/time';
import { Prisma } from '@/lib/generated/prisma/client';
import { formatTime } from '@/lib/i18n/format';
import { applyTransition } from '@/lib/server/booking/apply-transition';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { hitRateLimit } from '@/lib/server/core/rate-limit';
import { QUEUE_TX } from './called-ticket';
import { assertKioskLive } from './kiosk-device';
import { KIOSK_CODE_LIMIT, secondsLimited } from './kiosk-limits';
import { takeTicketNumber, writeTicket } from './take-ticket-number';
import { loadTicketView } from './ticket-view';
import type { KioskDevice, TicketView } from './types';

const BOOKING_SELECT = {
  id: true,
  officeId: true,
  categoryId: true,
  startsAt: true,
  status: true,
  category: { select: { ticketPrefix: true } },
  office: { select: { kioskEarlyMin: true, kioskLateMin: true } },
  ticket: { select: { number: true } },
} as const satisfies Prisma.BookingSelect;

type Found = Prisma.BookingGetPayload<{ select: typeof BOOKING_SELECT }>;

/** Why this booking gets no ticket now, or null: each case its own code (decision 021). */
function refusal(b: Found, device: KioskDevice, now: Date): AppError | null {
  if (b.officeId !== device.office.id) return new AppError('KIOSK_CODE_OTHER_OFFICE');
  if (b.ticket) return new AppError('KIOSK_CODE_USED', { params: { number: b.ticket.number } });
  if (b.status === 'HELD' || b.status === 'EXPIRED') return new AppError('KIOSK_BOOKING_UNCONFIRMED');
  if (b.status === 'CANCELLED') return new AppError('KIOSK_BOOKING_CANCELLED');
  if (b.status === 'SERVED') return new AppError('KIOSK_CODE_USED', { message: 'queue.visitServed' });
  if (b.status === 'NO_SHOW') return new AppError('KIOSK_TOO_LATE');
  const w = checkCodeWindow(
    { startsAt: b.startsAt, day: localDateOf(b.startsAt) },
    localDateOf(now),
    { earlyMin: b.office.kioskEarlyMin, lateMin: b.office.kioskLateMin },
    now,
  );
  if (w.ok) return null;
  if (w.reason === 'other-day') return new AppError('KIOSK_CODE_OTHER_DAY');
  if (w.reason === 'too-early')
    return new AppError('KIOSK_TOO_EARLY', { params: { from: formatTime(w.from!) } });
  return new AppError('KIOSK_TOO_LATE');
}

/**
 * "Umówiona wizyta": the visit's 8-digit code → its ticket, and the booking checked in, in one
 * transaction. A second ticket for a booking is impossible (QueueTicket.bookingId is unique):
 * the second of two kiosks at once is told the first one's number.
 */
export async function issueBookedTicket(
  device: KioskDevice,
  input: { code: string },
  now: Date = new Date(),
): Promise<TicketView> {
  const kiosk = await assertKioskLive(prisma, device);
  const wait = await secondsLimited(KIOSK_CODE_LIMIT, kiosk.id, now);
  if (wait !== null) throw new AppError('KIOSK_RATE_LIMITED', { params: { minutes: Math.ceil(wait / 60) } });
  const code = input.code.replace(/\s+/g, '');
  const find = () => prisma.booking.findUnique({ where: { kioskCode: code }, select: BOOKING_SELECT });
  const booking = /^\d{8}$/.test(code) ? await find() : null;
  if (!booking) {
    await hitRateLimit(KIOSK_CODE_LIMIT, kiosk.id, now);
    throw new AppError('KIOSK_CODE_UNKNOWN', { field: 'code' });
  }
  const refused = refusal(booking, kiosk, now);
  if (refused) throw refused;
  const date = localDateOf(now);
  let ticketId: string;
  try {
    ticketId = await prisma.$transaction(async (tx) => {
      if (booking.status === 'CONFIRMED') {
        const changed = await applyTransition(tx, {
          transition: 'check-in',
          by: 'KIOSK',
          where: { id: booking.id },
          now,
        });
        if (!changed.length) throw new Retry();
      }
      const where = { officeId: kiosk.office.id, date, deviceId: kiosk.id, categoryId: booking.categoryId };
      const n = await takeTicketNumber(tx, where.officeId, date, booking.category.ticketPrefix, 'BOOKED');
      return writeTicket(tx, { ...where, bookingId: booking.id }, n, 'BOOKED', now);
    }, QUEUE_TX);
  } catch (e) {
    // Another kiosk (or the desk) got there first: say what the booking is now.
    const lost =
      e instanceof Retry || (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002');
    if (!lost) throw e;
    const now2 = await find();
    throw (now2 && refusal(now2, kiosk, now)) ?? new AppError('TICKET_STATE_CHANGED');
  }
  return loadTicketView(ticketId, now);
}

class Retry extends Error {}
