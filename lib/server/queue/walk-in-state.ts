import 'server-only';
import { type WalkInState, walkInState } from '@/lib/domain/queue-ticket';
import { planDay } from '@/lib/domain/schedule';
import { atLocalTime, localDateOf } from '@/lib/domain/time';
import { type Db, prisma } from '@/lib/server/core/db';
import { loadScheduleInput } from '@/lib/server/schedule/load-schedule-input';
import { today } from './called-ticket';

/**
 * Whether a category takes walk-ins now (lib/domain/queue-ticket.ts walkInState): today's whole
 * plan, and who is still to be served today — walk-ins waiting, visits checked in, and
 * confirmed visits still ahead.
 */
export async function loadWalkInState(
  c: { id: string; walkInEnabled: boolean; walkInStopMin: number },
  now: Date,
  db: Db = prisma,
): Promise<WalkInState> {
  if (!c.walkInEnabled) return { open: false, reason: 'not-offered' };
  const date = localDateOf(now);
  const input = await loadScheduleInput(c.id, now, db);
  const plan = planDay(date, { ...input, now: atLocalTime(date, 0) });
  const [walkIns, booked] = await Promise.all([
    db.queueTicket.count({
      where: {
        officeId: input.officeId,
        day: today(now),
        categoryId: c.id,
        kind: 'WALK_IN',
        status: 'ISSUED',
      },
    }),
    db.booking.count({
      where: {
        categoryId: c.id,
        startsAt: { gte: atLocalTime(date, 0), lt: atLocalTime(date, 24 * 60) },
        OR: [
          { status: 'CHECKED_IN', ticket: { status: 'ISSUED' } },
          { status: 'CONFIRMED', startsAt: { gt: now } },
        ],
      },
    }),
  ]);
  return walkInState(c, plan, walkIns + booked, now);
}
