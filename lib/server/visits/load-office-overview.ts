import 'server-only';
import { type Attendance, type DayLoad, dayLoad } from '@/lib/domain/overview';
import { planDay } from '@/lib/domain/schedule';
import { addDays, atLocalTime, localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { countTakenSeats, loadScheduleInput } from '@/lib/server/schedule/load-schedule-input';

const LIVE = ['CONFIRMED', 'CHECKED_IN', 'SERVED', 'NO_SHOW'] as const;

export type CategoryOverview = {
  id: string;
  name: string;
  phoneOnly: boolean;
  days: DayLoad[];
  attendance: Attendance;
};

/**
 * The office's start page: each category's load on `days` days from today, and attendance over
 * the last `noShowDays` days (visits marked served/checked in vs no-show; unmarked ones apart).
 */
export async function loadOfficeOverview(
  officeId: string,
  now: Date,
  days = 7,
  noShowDays = 30,
): Promise<{ from: string; to: string; categories: CategoryOverview[] }> {
  const from = localDateOf(now);
  const to = addDays(from, days - 1);
  const start = atLocalTime(from, 0);
  const end = atLocalTime(addDays(to, 1), 0);
  const since = new Date(now.getTime() - noShowDays * 86_400_000);
  const categories = await prisma.serviceCategory.findMany({
    where: { officeId, active: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, phoneOnly: true },
  });
  return {
    from,
    to,
    categories: await Promise.all(
      categories.map(async (c) => {
        const [input, taken, booked, attendance] = await Promise.all([
          loadScheduleInput(c.id, now),
          countTakenSeats(c.id, start, end, now),
          prisma.booking.findMany({
            where: {
              categoryId: c.id,
              startsAt: { gte: start, lt: end },
              OR: [{ status: { in: [...LIVE] } }, { status: 'HELD', holdExpiresAt: { gt: now } }],
            },
            select: { startsAt: true },
          }),
          prisma.booking.groupBy({
            by: ['status'],
            where: { categoryId: c.id, startsAt: { gte: since, lt: now }, status: { in: [...LIVE] } },
            _count: { _all: true },
          }),
        ]);
        const bookedPerDay = new Map<string, number>();
        for (const b of booked) {
          const d = localDateOf(b.startsAt);
          bookedPerDay.set(d, (bookedPerDay.get(d) ?? 0) + 1);
        }
        const count = (s: string) => attendance.find((a) => a.status === s)?._count._all ?? 0;
        const loads: DayLoad[] = [];
        for (let d = from; d <= to; d = addDays(d, 1)) {
          const fromNow = planDay(d, input);
          // Seen from just before the day began, every slot of it counts towards capacity.
          const dayStart = new Date(atLocalTime(d, 0).getTime() - 1);
          const fullDay =
            fromNow.status === 'not-released' ? fromNow : planDay(d, { ...input, now: dayStart });
          loads.push(dayLoad(fullDay, fromNow, taken, bookedPerDay.get(d) ?? 0));
        }
        return {
          ...c,
          days: loads,
          attendance: {
            attended: count('SERVED') + count('CHECKED_IN'),
            noShow: count('NO_SHOW'),
            unmarked: count('CONFIRMED'),
          },
        };
      }),
    ),
  };
}
