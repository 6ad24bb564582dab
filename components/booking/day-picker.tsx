import type { CalendarDay } from '@/lib/domain/availability';
import { FreeTimes } from './free-times';
import { MonthCalendar } from './month-calendar';

type CalendarMonthView = {
  month: string;
  weeks: (string | null)[][];
  days: Map<string, CalendarDay>;
  prevMonth?: string;
  nextMonth?: string;
};

type Props = {
  /** What loadCalendarMonth gives. */
  calendar: CalendarMonthView;
  selectedDate?: string;
  /** The selected day, if it is one with free times. */
  selected?: CalendarDay;
  /** A link to this page with these query parameters (`miesiac`, `dzien`). */
  href: (query: Record<string, string>) => string;
  /** Where choosing a free time leads. */
  timeHref: (startsAt: Date) => string;
};

/** The month's calendar and, once a day is chosen, its free times: the step "day and time". */
export function DayPicker({ calendar: c, selectedDate, selected, href, timeHref }: Props) {
  return (
    <>
      <MonthCalendar
        month={c.month}
        weeks={c.weeks}
        days={c.days}
        selected={selectedDate}
        hrefFor={dayHref(href)}
        prevHref={c.prevMonth && href({ miesiac: c.prevMonth })}
        nextHref={c.nextMonth && href({ miesiac: c.nextMonth })}
      />
      {selected && <FreeTimes day={selected} hrefFor={timeHref} />}
    </>
  );
}

/** A day's link: its month and the day itself. */
export function dayHref(href: Props['href']): (date: string) => string {
  return (date) => href({ miesiac: date.slice(0, 7), dzien: date });
}
