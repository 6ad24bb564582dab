import 'server-only';
import { type CalendarDay, applyTaken, monthWeeks, shiftMonth } from '@/lib/domain/availability';
import { planRange, releaseWindow } from '@/lib/domain/schedule';
import { addDays, atLocalTime } from '@/lib/domain/time';
import { countTakenSeats, loadScheduleInput } from './load-schedule-input';

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

/**
 * What a month calendar needs: the month asked for (`wanted`, YYYY-MM) if it lies in the release
 * window, else the first; its weeks and days; the whole window's days (free-days list, the chosen
 * day); and the months one may step to. Shared by the public flow and phone bookings.
 */
export async function loadCalendarMonth(categoryId: string, wanted: string | undefined, now: Date) {
  const window = await getReleaseWindow(categoryId, now);
  const firstMonth = window.first.slice(0, 7);
  const lastMonth = window.last.slice(0, 7);
  const month =
    wanted && /^\d{4}-(0[1-9]|1[0-2])$/.test(wanted) && wanted >= firstMonth && wanted <= lastMonth
      ? wanted
      : firstMonth;
  const weeks = monthWeeks(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const monthFirst = `${month}-01`;
  const monthLast = weeks.flat().filter(Boolean).at(-1)!;
  // One pass over both ranges (the month shown, the release window): each day is planned once.
  const all = await listCalendarDays(
    categoryId,
    monthFirst < window.first ? monthFirst : window.first,
    monthLast > window.last ? monthLast : window.last,
    now,
  );
  const days = all.filter((d) => d.date >= monthFirst && d.date <= monthLast);
  const upcoming = all.filter((d) => d.date >= window.first && d.date <= window.last);
  return {
    month,
    weeks,
    days: new Map(days.map((d) => [d.date, d])),
    upcoming,
    prevMonth: month > firstMonth ? shiftMonth(month, -1) : undefined,
    nextMonth: month < lastMonth ? shiftMonth(month, 1) : undefined,
  };
}
