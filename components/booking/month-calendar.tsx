import Link from 'next/link';
import type { CalendarDay, DayState } from '@/lib/domain/availability';
import { formatLocalDate, formatMonth } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import type { Translator } from '@/lib/i18n/translator';
import { MonthGrid } from './month-grid';

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
  const dates = weeks.flat().filter((date) => date !== null);
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
      <MonthGrid
        caption={t('calendar.caption', { month: formatMonth(month) })}
        weekdays={WEEKDAYS.map((d) => ({
          short: t(`calendar.weekday.${d}`),
          long: t(`calendar.weekdayLong.${d}`),
        }))}
        weeks={weeks.map((week) => week.map((date) => (date ? Number(date.slice(8)) : 0)))}
        days={dates.map((date) => {
          const day = days.get(date);
          const state = day?.state ?? 'not-released';
          return {
            state,
            label: dayLabel(t, date, day, state),
            ...(state === 'available' && { href: hrefFor(date) }),
          };
        })}
        selected={selected && dates.includes(selected) ? Number(selected.slice(8)) : undefined}
      />
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
