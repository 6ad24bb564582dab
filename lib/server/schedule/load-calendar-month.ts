import 'server-only';
import { monthWeeks, shiftMonth } from '@/lib/domain/availability';
import { releaseWindow } from '@/lib/domain/schedule';
import { planCalendar } from './list-calendar-days';

/**
 * What a month calendar needs: the month asked for (`wanted`, YYYY-MM) if it lies in the release
 * window, else the first; its weeks and days; the whole window's days (free-days list, the chosen
 * day); and the months one may step to. Shared by the public flow and phone bookings.
 */
export async function loadCalendarMonth(categoryId: string, wanted: string | undefined, now: Date) {
  let shown!: ReturnType<typeof monthOf>;
  // One pass over both ranges (the month shown, the release window): each day is planned once.
  const { days: all } = await planCalendar(categoryId, now, (schedule) => {
    shown = monthOf(releaseWindow(now, schedule.horizonDays), wanted);
    return shown.range;
  });
  const { window, month, weeks, monthFirst, monthLast, firstMonth, lastMonth } = shown;
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

function monthOf(window: { first: string; last: string }, wanted: string | undefined) {
  const firstMonth = window.first.slice(0, 7);
  const lastMonth = window.last.slice(0, 7);
  const month =
    wanted && /^\d{4}-(0[1-9]|1[0-2])$/.test(wanted) && wanted >= firstMonth && wanted <= lastMonth
      ? wanted
      : firstMonth;
  const weeks = monthWeeks(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const monthFirst = `${month}-01`;
  const monthLast = weeks.flat().filter(Boolean).at(-1)!;
  const range = {
    from: monthFirst < window.first ? monthFirst : window.first,
    to: monthLast > window.last ? monthLast : window.last,
  };
  return { window, month, weeks, monthFirst, monthLast, firstMonth, lastMonth, range };
}
