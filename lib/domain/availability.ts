import type { DayPlan } from './schedule';
import { addDays, isoWeekday } from './time';

/**
 * The calendar's colours, as the instructions define them: blue = free times, red = none left,
 * grey = not yet released. Closed days (weekends, holidays, closures) are their own state.
 */
export type DayState = 'available' | 'full' | 'not-released' | 'closed' | 'past';
export type FreeSlot = { startsAt: Date; endsAt: Date; free: number };
export type CalendarDay = { date: string; state: DayState; reason?: string; freeSlots: FreeSlot[] };

/** Seats taken per start time (epoch ms) applied to a day's plan. */
export function applyTaken(plan: DayPlan, taken: ReadonlyMap<number, number>): CalendarDay {
  switch (plan.status) {
    case 'past':
    case 'not-released':
      return { date: plan.date, state: plan.status, freeSlots: [] };
    case 'holiday':
    case 'closed':
      return { date: plan.date, state: 'closed', reason: plan.reason, freeSlots: [] };
    case 'open': {
      const freeSlots = plan.slots
        .map((s) => ({
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          free: s.capacity - (taken.get(s.startsAt.getTime()) ?? 0),
        }))
        .filter((s) => s.free > 0);
      return { date: plan.date, state: freeSlots.length ? 'available' : 'full', freeSlots };
    }
  }
}

/** Weeks (Monday first) of a month, as YYYY-MM-DD or null for padding. `month` is 1-12. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let d = first; d.slice(0, 7) === first.slice(0, 7); d = addDays(d, 1)) {
    week.push(d);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** Month (YYYY-MM) after/before `ym`. */
export function shiftMonth(ym: string, by: number): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + by;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}
