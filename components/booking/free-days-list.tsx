import type { CalendarDay } from '@/lib/domain/availability';
import { formatLocalDate } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import { inSentence } from '@/components/ui/in-sentence';
import { SoftLinks } from '@/components/ui/soft-links';

/** The calendar as a list: the coming days with free times, for screen readers and small screens. */
export function FreeDaysList({ days, hrefFor }: { days: CalendarDay[]; hrefFor: (date: string) => string }) {
  const t = useTranslations();
  const free = days.filter((d) => d.state === 'available').slice(0, 10);
  return (
    <section aria-labelledby="najblizsze" className="mt-6">
      <h2 id="najblizsze" className="text-lg font-semibold">
        {t('booking.freeDays.title')}
      </h2>
      {free.length === 0 ? (
        <p className="mt-2">{t('booking.freeDays.none')}</p>
      ) : (
        <SoftLinks>
          <ul className="mt-2 space-y-1">
            {free.map((d) => (
              <li key={d.date}>
                {t.rich('booking.freeDays.day', {
                  count: String(d.freeSlots.length),
                  day: inSentence(
                    <a key="day" href={hrefFor(d.date)} className="text-brand underline">
                      {formatLocalDate(d.date)}
                    </a>,
                  ),
                })}
              </li>
            ))}
          </ul>
        </SoftLinks>
      )}
    </section>
  );
}
