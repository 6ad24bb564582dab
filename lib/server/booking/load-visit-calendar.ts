import 'server-only';
import { hashToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { renderInputFor } from '@/lib/server/notify/messages/render-message';
import { calendarFactsOf, visitCalendarFile } from '@/lib/server/notify/messages/visit-calendar';

/**
 * "Dodaj do kalendarza" on the manage page: the confirmed visit's current event as an .ics file,
 * with the UID and SEQUENCE its e-mails carry (docs/decisions/037), so a later change by e-mail
 * updates the event this file made. Null, whatever the reason, for a token that names no visit
 * still ahead (unknown, replaced by a reschedule, cancelled, expired, over, anonymised): the
 * caller answers 404 and says nothing more.
 */
export async function loadVisitCalendar(token: string, now: Date) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const b = await prisma.booking.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: {
      id: true,
      status: true,
      reference: true,
      startsAt: true,
      endsAt: true,
      calendarSequence: true,
      email: true,
      anonymisedAt: true,
    },
  });
  if (!b || b.status !== 'CONFIRMED' || b.anonymisedAt || b.startsAt.getTime() <= now.getTime()) return null;
  const input = await renderInputFor(b.id, calendarFactsOf(b), b.email ?? '');
  return input && visitCalendarFile(input);
}
