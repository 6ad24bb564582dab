import type { CalendarDay } from '@/lib/domain/availability';
import { formatLocalDate, formatTime } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import { SoftLinks } from '@/components/ui/soft-links';

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
        <SoftLinks>
          <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-5">
            {day.freeSlots.map((s) => (
              <li key={s.startsAt.toISOString()}>
                {/* A plain link (SoftLinks follows it), never prefetched: a resident opens one of a
                    day's dozens of times, and each prefetch is a request of its own. */}
                <a href={hrefFor(s.startsAt)} className="free-time">
                  <time dateTime={s.startsAt.toISOString()}>{formatTime(s.startsAt)}</time>
                </a>
              </li>
            ))}
          </ul>
        </SoftLinks>
      )}
    </section>
  );
}
