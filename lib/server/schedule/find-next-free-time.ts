import 'server-only';
import { releaseWindow } from '@/lib/domain/schedule';
import { planCalendar } from './list-calendar-days';

/** The earliest time with a free seat, for PEUP pages; null when nothing is free. */
export async function findNextFreeTime(
  categoryId: string,
  now: Date,
): Promise<{ startsAt: Date; free: number } | null> {
  const { days } = await planCalendar(categoryId, now, (schedule) => {
    const window = releaseWindow(now, schedule.horizonDays);
    return { from: window.first, to: window.last };
  });
  const slot = days.find((d) => d.state === 'available')?.freeSlots[0];
  return slot ? { startsAt: slot.startsAt, free: slot.free } : null;
}
