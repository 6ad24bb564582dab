'use client';

import type { DayState } from '@/lib/domain/availability';
import { SoftLinks } from '@/components/ui/soft-links';

// Colours as the instructions define them (blue, red, grey), always with the state in words
// (app/globals.css: .cal-day and a class a state).
const STYLE: Record<DayState, string> = {
  available: 'cal-day cal-available',
  full: 'cal-day cal-full',
  'not-released': 'cal-day cal-not-released',
  closed: 'cal-day cal-closed',
  past: 'cal-day cal-past',
};

/** A day of the month: its state and the sentence that says it; a link when it has free times. */
export type GridDay = { state: DayState; label: string; href?: string };

type Props = {
  caption: string;
  weekdays: { short: string; long: string }[];
  /** Monday first: the day of the month, or 0 for a cell outside it. */
  weeks: number[][];
  /** Day `n` of the month is `days[n - 1]`. */
  days: GridDay[];
  /** The chosen day of the month, if any. */
  selected?: number;
};

/**
 * The month's table of days. A client component fed a compact list, not for anything it does in
 * the browser: rendered on the server from these props, its page's data carries a few words a day
 * instead of every cell's elements, which React would otherwise write into the page and read back
 * on every request (decision 043).
 */
export function MonthGrid({ caption, weekdays, weeks, days, selected }: Props) {
  return (
    <SoftLinks>
      <table className="mt-2 w-full table-fixed border-collapse text-center">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {weekdays.map((d, i) => (
              <th key={i} scope="col" className="py-1 text-sm font-medium">
                <abbr title={d.long}>{d.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, wi) => (
            <tr key={wi}>
              {week.map((n, di) => {
                const day = days[n - 1];
                if (!day) return <td key={di} />;
                return (
                  <td key={di} className="py-1">
                    {day.href ? (
                      // A plain link that SoftLinks follows, never prefetched, like the free
                      // times: a month holds a score of free days and the resident opens one.
                      <a
                        href={day.href}
                        aria-label={day.label}
                        aria-current={selected === n ? 'date' : undefined}
                        className={selected === n ? `${STYLE[day.state]} cal-selected` : STYLE[day.state]}
                      >
                        {n}
                      </a>
                    ) : (
                      <span aria-label={day.label} role="img" className={STYLE[day.state]}>
                        {n}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </SoftLinks>
  );
}
