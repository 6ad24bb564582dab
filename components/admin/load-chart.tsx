import type { DayLoad } from '@/lib/domain/overview';
import { formatWeekdayDay } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';

const W = 44; // width of one day's column
const H = 120; // height of the tallest bar

/**
 * A category's coming days as bars: the outline is the day's capacity, the filled part its
 * bookings; numbers under each bar say the same, so nothing depends on colour alone. The table
 * next to it carries the same figures for screen readers.
 */
export function LoadChart({ title, days }: { title: string; days: DayLoad[] }) {
  const t = useTranslations();
  const max = Math.max(1, ...days.map((d) => Math.max(d.capacity, d.booked)));
  const width = days.length * W + 8;
  const summary = days
    .map((d) =>
      d.capacity
        ? t('admin.overview.chartDay', {
            day: formatWeekdayDay(d.date),
            booked: String(d.booked),
            capacity: String(d.capacity),
          })
        : t('admin.overview.chartClosed', { day: formatWeekdayDay(d.date) }),
    )
    .join('; ');
  return (
    <svg
      role="img"
      aria-label={t('admin.overview.chart', { title, summary })}
      viewBox={`0 0 ${width} ${H + 40}`}
      className="h-auto w-full max-w-md"
    >
      {days.map((d, i) => {
        const x = 4 + i * W;
        const capH = (d.capacity / max) * H;
        const bookedH = (Math.min(d.booked, Math.max(d.capacity, d.booked)) / max) * H;
        return (
          <g key={d.date}>
            {d.capacity > 0 ? (
              <rect
                x={x + 6}
                y={H - capH}
                width={W - 12}
                height={capH}
                fill="#fff"
                stroke="#334155"
                strokeWidth="1.5"
              />
            ) : (
              <line x1={x + 6} x2={x + W - 6} y1={H} y2={H} stroke="#94a3b8" strokeDasharray="3 3" />
            )}
            <rect x={x + 6} y={H - bookedH} width={W - 12} height={bookedH} fill="#0b4f8a" />
            <text x={x + W / 2} y={H + 14} textAnchor="middle" fontSize="10" fill="#0f172a">
              {d.capacity ? `${d.booked}/${d.capacity}` : '—'}
            </text>
            <text x={x + W / 2} y={H + 30} textAnchor="middle" fontSize="10" fill="#334155">
              {formatWeekdayDay(d.date)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
