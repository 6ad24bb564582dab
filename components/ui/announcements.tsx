import { useTranslations } from '@/lib/i18n/server';
import type { PublicNotice } from '@/lib/server/notices/list-active-announcements';

/** The city's current notices, as a region with its own heading (found by landmark navigation). */
export function Announcements({ notices }: { notices: PublicNotice[] }) {
  const t = useTranslations();
  if (!notices.length) return null;
  return (
    <section
      aria-labelledby="ogloszenia"
      className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3"
    >
      <h2 id="ogloszenia" className="font-semibold">
        {t('site.notices', { count: notices.length })}
      </h2>
      <ul className="mt-1 space-y-2">
        {notices.map((n) => (
          <li key={n.id} className="whitespace-pre-line">
            {n.officeName && <span className="font-semibold">{n.officeName}: </span>}
            {n.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
