import type { DayPlan, DayStatus } from './schedule';

// The office's start page: how loaded each category is on the coming days, and how often
// residents did not come. Pure: plans, seat counts and booking counts come in as arguments.

export type DayLoad = {
  date: string;
  status: DayStatus;
  /** Seats the whole day offers (every slot × counters). */
  capacity: number;
  /** Live bookings on the day (confirmed, checked in, served, no-show, unexpired holds). */
  booked: number;
  /** Seats that can still be booked now (slots not yet begun, not taken). */
  free: number;
};

const seats = (plan: DayPlan) => plan.slots.reduce((n, s) => n + s.capacity, 0);

/**
 * `fullDay` is the day planned as seen before it began (all slots), `fromNow` as seen now (only
 * slots still ahead); `taken` counts claimed seats per slot start.
 */
export function dayLoad(
  fullDay: DayPlan,
  fromNow: DayPlan,
  taken: ReadonlyMap<number, number>,
  booked: number,
): DayLoad {
  const free = fromNow.slots.reduce(
    (n, s) => n + Math.max(0, s.capacity - (taken.get(s.startsAt.getTime()) ?? 0)),
    0,
  );
  return { date: fullDay.date, status: fullDay.status, capacity: seats(fullDay), booked, free };
}

export type Attendance = { attended: number; noShow: number; unmarked: number };

/** Share of visits (marked attended or no-show) the resident missed; null with none marked. */
export function noShowRate(a: Attendance): number | null {
  const marked = a.attended + a.noShow;
  return marked === 0 ? null : a.noShow / marked;
}

/** "12,5%" */
export function formatPercent(rate: number | null): string {
  if (rate === null) return '—';
  return `${(Math.round(rate * 1000) / 10).toLocaleString('pl-PL')}%`;
}
