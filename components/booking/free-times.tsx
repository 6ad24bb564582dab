import type { CalendarDay } from '@/lib/domain/availability';
import { formatLocalDate, formatTime } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import { TimeLinks } from './time-links';

/** The free times of the chosen day; a time that has begun is never among them. */
export function FreeTimes({ day, hrefFor }: { day: CalendarDay; hrefFor: (startsAt: Date) => string }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="godziny" className="mt-6">
      <h2 id="godziny" className="text-lg font-semibold">
        {t('booking.freeTimes.title', { date: formatLocalDate(day.date) })}
      </h2>
      {day.freeSlots.length === 0 ? (
        <p className="mt-2">{t('booking.freeTimes.none')}</p>
      ) : (
        <TimeLinks
          times={day.freeSlots.map((s) => ({
            at: s.startsAt.toISOString(),
            label: formatTime(s.startsAt),
            href: hrefFor(s.startsAt),
          }))}
        />
      )}
    </section>
  );
}
