import type { CalendarDay } from '@/lib/domain/availability';
import { FreeDaysList } from './free-days-list';
import { FreeTimes } from './free-times';
import { MonthCalendar } from './month-calendar';

/** A month of a category's calendar, as lib/server/schedule/load-calendar-month.ts gives it. */
export type PickerCalendar = {
  month: string;
  weeks: (string | null)[][];
  days: Map<string, CalendarDay>;
  upcoming: CalendarDay[];
  prevMonth?: string;
  nextMonth?: string;
};

/**
 * Picking a new time for a visit (a resident's "Zmień termin", a clerk's "Przenieś"): the public
 * calendar's month, the chosen day's free times and the coming free days, as plain links that
 * carry `miesiac`, `dzien` and `czas` (no JavaScript). The visit's own time is not offered.
 */
export function ReschedulePicker({
  calendar: c,
  selectedDate,
  current,
  href,
  dayUnavailable,
}: {
  calendar: PickerCalendar;
  selectedDate?: string;
  current: Date;
  href: (q: Record<string, string>) => string;
  dayUnavailable: string;
}) {
  const dayHref = (date: string) => href({ miesiac: date.slice(0, 7), dzien: date });
  const selected = c.upcoming.find((d) => d.date === selectedDate);
  const day = selected && {
    ...selected,
    freeSlots: selected.freeSlots.filter((s) => s.startsAt.getTime() !== current.getTime()),
  };
  return (
    <>
      <MonthCalendar
        month={c.month}
        weeks={c.weeks}
        days={c.days}
        selected={selectedDate}
        hrefFor={dayHref}
        prevHref={c.prevMonth && href({ miesiac: c.prevMonth })}
        nextHref={c.nextMonth && href({ miesiac: c.nextMonth })}
      />
      {day && (
        <FreeTimes
          day={day}
          hrefFor={(t) => href({ miesiac: day.date.slice(0, 7), dzien: day.date, czas: t.toISOString() })}
        />
      )}
      {selectedDate && !selected && (
        <p role="alert" className="mt-4">
          {dayUnavailable}
        </p>
      )}
      {!selectedDate && <FreeDaysList days={c.upcoming} hrefFor={dayHref} />}
    </>
  );
}

/** Whether `startsAt` is a free time of the calendar other than the visit's own. */
export function isFreeTime(c: PickerCalendar, startsAt: Date, current: Date): boolean {
  if (startsAt.getTime() === current.getTime()) return false;
  return c.upcoming.some((d) => d.freeSlots.some((s) => s.startsAt.getTime() === startsAt.getTime()));
}
