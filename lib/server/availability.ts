import 'server-only';
import { type CalendarDay, applyTaken } from '@/lib/domain/availability';
import { planRange, releaseWindow } from '@/lib/domain/schedule';
import { addDays, atLocalTime } from '@/lib/domain/time';
import { countTakenSeats, loadScheduleInput } from './schedule';

/** Every day from `from` to `to` (local dates, inclusive) with its state and free times. */
export async function listCalendarDays(
  categoryId: string,
  from: string,
  to: string,
  now: Date,
): Promise<CalendarDay[]> {
  const input = await loadScheduleInput(categoryId, now);
  const taken = await countTakenSeats(categoryId, atLocalTime(from, 0), atLocalTime(addDays(to, 1), 0), now);
  return planRange(from, to, input).map((plan) => applyTaken(plan, taken));
}

/** The release window of a category as seen now: today … today + horizon. */
export async function getReleaseWindow(categoryId: string, now: Date) {
  const input = await loadScheduleInput(categoryId, now);
  return releaseWindow(now, input.horizonDays);
}

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
