import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { hashToken } from '@/lib/server/core/codes';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { contactsOf, findActiveBlock } from '@/lib/server/blocks/find-active-block';
import { atLeastADay } from '@/lib/domain/message-lifetime';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { rescheduleSmsTo } from '@/lib/server/notify/sms-recipient';
import { type MovedVisit, changeVisitTime, movedFactsOf } from './change-visit-time';

const TX = { maxWait: 20_000, timeout: 20_000 };

/**
 * The resident moves their confirmed visit to another free time of the same matter (the manage
 * link's "Zmień termin"). Atomic: the new seat is claimed and the old one freed in one
 * transaction, or the visit keeps its time (changeVisitTime). The rules of booking online apply:
 * not in a category or for a matter switched off, not in a category booked by phone only, not for a contact blocked after no-shows, the release
 * window and the schedule as for a new hold (the action adds the per-client limit). The resident
 * is told (`visit-rescheduled`, docs/decisions/038) with the new time, the old one and a new manage
 * link, by e-mail and, where they asked for SMS or gave only a phone, by SMS; the old link stops
 * working. Returns the new token and whether the day changed (the page says so).
 */
export async function rescheduleBooking(token: string, startsAt: Date, now: Date): Promise<Rescheduled> {
  const b = await prisma.booking.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: {
      id: true,
      officeId: true,
      categoryId: true,
      reference: true,
      status: true,
      startsAt: true,
      email: true,
      phone: true,
      smsOptIn: true,
      anonymisedAt: true,
      category: { select: { phoneOnly: true, active: true } },
      matter: { select: { active: true } },
      office: { select: { shortName: true, bookingPhone: true } },
    },
  });
  if (!b) throw new AppError('NOT_FOUND', { message: 'changes.bookingNotFound' });
  if (b.status !== 'CONFIRMED' || b.anonymisedAt || b.startsAt.getTime() <= now.getTime())
    throw new AppError('NOT_MOVABLE');
  const phone = { phone: b.office.bookingPhone };
  if (!b.category.active || !b.matter.active)
    throw new AppError('NOT_OFFERED', { message: 'changes.notOffered', params: phone });
  if (b.category.phoneOnly) throw new AppError('PHONE_ONLY', { message: 'changes.phoneOnly', params: phone });

  return prisma.$transaction(async (tx) => {
    for (const c of contactsOf(b))
      if (await findActiveBlock(tx, b.officeId, c, now))
        throw new AppError('CONTACT_BLOCKED', { message: 'changes.blocked', params: phone });
    const moved = await changeVisitTime(
      tx,
      { ...b, officeShortName: b.office.shortName },
      startsAt,
      'RESIDENT',
      now,
    );
    await tellResident(tx, b, moved, now);
    await writeAudit(tx, 'resident', 'booking.rescheduled', 'Booking', b.id, {
      from: moved.previousStartsAt.toISOString(),
      to: moved.startsAt.toISOString(),
      reference: moved.reference,
      previousReference: moved.previousReference,
    });
    return {
      token: moved.token,
      reference: moved.reference,
      startsAt: moved.startsAt,
      dayChanged: moved.dayChanged,
    };
  }, TX);
}

export type Rescheduled = {
  token: string;
  reference: string;
  startsAt: Date;
  /** A new day drew a new identifier. */
  dayChanged: boolean;
};

/**
 * Queues `visit-rescheduled`: to the e-mail, and an SMS where asked for (or the only contact). The
 * page after "Zmień termin" (RescheduledNotice) names the same channels.
 */
async function tellResident(
  tx: Tx,
  b: { id: string; email: string | null; phone: string | null; smsOptIn: boolean },
  moved: MovedVisit,
  now: Date,
): Promise<void> {
  const message = {
    template: 'visit-rescheduled',
    facts: movedFactsOf(moved),
    bookingId: b.id,
    expiresAt: atLeastADay(now, moved.startsAt),
  } as const;
  // Per change: a second reschedule is a new message.
  const key = `rescheduled:${b.id}:${now.getTime()}`;
  if (b.email)
    await enqueueMessage(tx, {
      ...message,
      channel: 'EMAIL',
      recipient: b.email,
      secrets: { token: moved.token },
      dedupeKey: key,
    });
  const sms = rescheduleSmsTo(b);
  if (sms) await enqueueMessage(tx, { ...message, channel: 'SMS', recipient: sms, dedupeKey: `${key}:sms` });
}

/**
 * What the page "Zmień termin" needs: the booking's category and time, and whether it may still be
 * moved online (confirmed, ahead, not anonymised; its category and matter still offered, the
 * category not booked by phone only). Null
 * for a token that names no booking.
 */
export async function loadRescheduleView(token: string, now: Date) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const b = await prisma.booking.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: {
      categoryId: true,
      status: true,
      startsAt: true,
      anonymisedAt: true,
      matter: { select: { name: true, active: true } },
      category: { select: { phoneOnly: true, active: true } },
      office: { select: { bookingPhone: true } },
    },
  });
  if (!b) return null;
  return {
    categoryId: b.categoryId,
    startsAt: b.startsAt,
    matter: b.matter.name,
    bookingPhone: b.office.bookingPhone,
    offered: b.category.active && b.matter.active,
    phoneOnly: b.category.phoneOnly,
    open: b.status === 'CONFIRMED' && !b.anonymisedAt && b.startsAt.getTime() > now.getTime(),
  };
}
