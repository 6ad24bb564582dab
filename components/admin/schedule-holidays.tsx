import { formatLocalDate } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import { PanelSection } from './panel-section';

/** For information: the office is closed on public holidays without anyone adding a closure. */
export function ScheduleHolidays({ holidays }: { holidays: { date: string; name: string }[] }) {
  const t = useTranslations();
  return (
    <PanelSection
      id="swieta"
      title={t('admin.schedule.holidays.heading')}
      intro={t('admin.schedule.holidays.intro')}
      large
      className="mt-10"
    >
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
    </PanelSection>
  );
}
