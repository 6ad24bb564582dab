import { formatLocalDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';

/** For information: the office is closed on public holidays without anyone adding a closure. */
export function ScheduleHolidays({ holidays }: { holidays: { date: string; name: string }[] }) {
  return (
    <section aria-labelledby="swieta" className="mt-10">
      <h2 id="swieta" className="text-xl font-semibold">
        {t('admin.schedule.holidays.heading')}
      </h2>
      <p className="mt-1 text-slate-700">{t('admin.schedule.holidays.intro')}</p>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {holidays.map((h) => (
          <li key={h.date}>
            <time dateTime={h.date} className="font-medium">
              {formatLocalDate(h.date)}
            </time>{' '}
            — {h.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
