import 'server-only';
import { type CalendarDay, applyTaken } from '@/lib/domain/availability';
import { planRange } from '@/lib/domain/schedule';
import { addDays, atLocalTime } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { type Schedule, getSchedule, getScheduleAt } from './get-schedule';

type Taken = { version: number; taken: [number, number][] };

/**
 * Seats taken per start time (epoch ms) from `from` to `to`, with the category's schedule version,
 * in one statement. A hold whose time ran out counts as free at once, whether or not anything
 * has cleaned it up yet (isHoldLive).
 */
async function readTaken(categoryId: string, from: Date, to: Date, now: Date): Promise<Taken | null> {
  const [row] = await prisma.$queryRaw<Taken[]>`
    SELECT c."scheduleVersion" AS version,
      COALESCE((SELECT json_agg(json_build_array((extract(epoch FROM t."startsAt") * 1000)::bigint, t.n))
        FROM (SELECT s."startsAt", count(*)::int AS n
              FROM "SlotClaim" s JOIN "Booking" b ON b.id = s."bookingId"
              WHERE s."categoryId" = c.id AND s."startsAt" >= ${from} AND s."startsAt" < ${to}
                AND (b.status <> 'HELD' OR b."holdExpiresAt" > ${now})
              GROUP BY s."startsAt") t), '[]') AS taken
    FROM "ServiceCategory" c WHERE c.id = ${categoryId}::uuid`;
  return row ?? null;
}

/**
 * The calendar's days as seen at `now`, over the local dates `range` picks from the schedule (the
 * release window depends on its horizon). One query when the schedule has not changed: the seats
 * taken, read with the schedule's version, which decides whether this process's copy of the
 * schedule is the one to plan with; else the schedule is read again and the range planned anew.
 */
export async function planCalendar(
  categoryId: string,
  now: Date,
  range: (schedule: Schedule) => { from: string; to: string },
): Promise<{ schedule: Schedule; days: CalendarDay[] }> {
  let schedule = await getSchedule(categoryId);
  for (let attempt = 0; schedule; attempt++) {
    const { from, to } = range(schedule);
    const seats = await readTaken(categoryId, atLocalTime(from, 0), atLocalTime(addDays(to, 1), 0), now);
    if (!seats) break;
    // A schedule changing under a page twice in a row is shown as read the second time.
    if (seats.version === schedule.version || attempt === 1) {
      const taken = new Map(seats.taken.map(([at, n]) => [Number(at), n]));
      const input = { ...schedule, now };
      return {
        schedule,
        days: planRange(from, to, input, schedule.plans).map((plan) => applyTaken(plan, taken)),
      };
    }
    schedule = await getScheduleAt(categoryId, seats.version);
  }
  throw new Error(`No category ${categoryId}`);
}

/** Every day from `from` to `to` (local dates, inclusive) with its state and free times. */
export async function listCalendarDays(
  categoryId: string,
  from: string,
  to: string,
  now: Date,
): Promise<CalendarDay[]> {
  return (await planCalendar(categoryId, now, () => ({ from, to }))).days;
}
