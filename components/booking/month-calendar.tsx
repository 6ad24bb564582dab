import Link from 'next/link';
import type { CalendarDay, DayState } from '@/lib/domain/availability';
import { formatLocalDate, formatMonth } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import { SoftLinks } from '@/components/ui/soft-links';
import type { Translator } from '@/lib/i18n/translator';

// Colours as the instructions define them (blue, red, grey), always with the state in words
// (app/globals.css: .cal-day and a class a state).
const STYLE: Record<DayState, string> = {
  available: 'cal-day cal-available',
  full: 'cal-day cal-full',
  'not-released': 'cal-day cal-not-released',
  closed: 'cal-day cal-closed',
  past: 'cal-day cal-past',
};

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

// The legend: each colour's sample and its meaning.
const LEGEND = [
  { key: 'available', sample: 'rounded-full bg-blue-700' },
  { key: 'full', sample: 'rounded-full bg-red-700' },
  { key: 'notReleased', sample: 'rounded-full bg-slate-300' },
] as const;

function dayLabel(t: Translator, date: string, day: CalendarDay | undefined, state: DayState): string {
  const params = { date: formatLocalDate(date), state: t(`calendar.state.${state}`) };
  return day?.reason
    ? t('calendar.dayWithReason', { ...params, reason: day.reason })
    : t('calendar.day', params);
}

type Props = {
  month: string;
  weeks: (string | null)[][];
  days: Map<string, CalendarDay>;
  selected?: string;
  hrefFor: (date: string) => string;
  prevHref?: string;
  nextHref?: string;
};

export function MonthCalendar({ month, weeks, days, selected, hrefFor, prevHref, nextHref }: Props) {
  const t = useTranslations();
  return (
    <section aria-labelledby="kalendarz" className="mt-6">
      <div className="flex items-center justify-between gap-2">
        {prevHref ? (
          <Link href={prevHref} className="text-brand p-2 underline">
            {t('calendar.previous')}
          </Link>
        ) : (
          <span />
        )}
        <h2 id="kalendarz" className="text-lg font-semibold">
          {formatMonth(month)}
        </h2>
        {nextHref ? (
          <Link href={nextHref} className="text-brand p-2 underline">
            {t('calendar.next')}
          </Link>
        ) : (
          <span />
        )}
      </div>
      <SoftLinks>
        <table className="mt-2 w-full table-fixed border-collapse text-center">
          <caption className="sr-only">{t('calendar.caption', { month: formatMonth(month) })}</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col" className="py-1 text-sm font-medium">
                  <abbr title={t(`calendar.weekdayLong.${d}`)}>{t(`calendar.weekday.${d}`)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, wi) => (
              <tr key={wi}>
                {week.map((date, di) => {
                  if (!date) return <td key={di} />;
                  const day = days.get(date);
                  const state = day?.state ?? 'not-released';
                  const label = dayLabel(t, date, day, state);
                  const num = Number(date.slice(8));
                  return (
                    <td key={di} className="py-1">
                      {state === 'available' ? (
                        // A plain link that SoftLinks follows, never prefetched, like the free
                        // times: a month holds a score of free days and the resident opens one.
                        <a
                          href={hrefFor(date)}
                          aria-label={label}
                          aria-current={selected === date ? 'date' : undefined}
                          className={selected === date ? `${STYLE[state]} cal-selected` : STYLE[state]}
                        >
                          {num}
                        </a>
                      ) : (
                        <span aria-label={label} role="img" className={STYLE[state]}>
                          {num}
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
      <ul className="mt-3 grid gap-1 text-sm sm:grid-cols-2" aria-label={t('calendar.legend.name')}>
        {LEGEND.map(({ key, sample }) => (
          <li key={key}>
            <span className={`mr-2 inline-block size-4 align-middle ${sample}`} aria-hidden />{' '}
            {t(`calendar.legend.${key}`)}
          </li>
        ))}
        <li>
          <span className="mr-2 inline-block text-slate-600 line-through" aria-hidden>
            12
          </span>{' '}
          {t('calendar.legend.closed')}
        </li>
      </ul>
    </section>
  );
}
