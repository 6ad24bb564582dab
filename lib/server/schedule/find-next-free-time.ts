import 'server-only';
import { getReleaseWindow } from './get-release-window';
import { listCalendarDays } from './list-calendar-days';

/** The earliest time with a free seat, for PEUP pages; null when nothing is free. */
export async function findNextFreeTime(
  categoryId: string,
  now: Date,
): Promise<{ startsAt: Date; free: number } | null> {
  const window = await getReleaseWindow(categoryId, now);
  const days = await listCalendarDays(categoryId, window.first, window.last, now);
  const slot = days.find((d) => d.state === 'available')?.freeSlots[0];
  return slot ? { startsAt: slot.startsAt, free: slot.free } : null;
}
