'use client';

import { SoftLinks } from '@/components/ui/soft-links';

/** A free time: its instant (ISO 8601), the clock time read out, and where choosing it leads. */
export type TimeLink = { at: string; label: string; href: string };

/**
 * A day's free times as links. A client component for the same reason as the month's table
 * (month-grid.tsx, decision 043): its page's data carries three strings a time, not each link's
 * elements.
 */
export function TimeLinks({ times }: { times: TimeLink[] }) {
  return (
    <SoftLinks>
      <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-5">
        {times.map((s) => (
          <li key={s.at}>
            {/* A plain link (SoftLinks follows it), never prefetched: a resident opens one of a
                day's dozens of times, and each prefetch is a request of its own. */}
            <a href={s.href} className="free-time">
              <time dateTime={s.at}>{s.label}</time>
            </a>
          </li>
        ))}
      </ul>
    </SoftLinks>
  );
}
