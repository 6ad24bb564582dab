import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import type { QueueFigure } from '@/lib/domain/queue-figures';
import { useTranslations } from '@/lib/i18n/server';
import type { Translator } from '@/lib/i18n/translator';

const W = 36; // one hour's column
const H = 110; // the tallest bar

const min = (t: Translator, n: number | null) =>
  n === null ? '—' : t('admin.overview.queue.minutes', { value: String(n).replace('.', ',') });

/**
 * A category's waiting (filled) and service (outlined) times per hour as bars, with the numbers
 * under them, so nothing depends on colour; the table beside carries the same for screen readers.
 */
function QueueChart({ category, hours }: { category: string; hours: QueueFigure[] }) {
  const t = useTranslations();
  const max = Math.max(1, ...hours.map((h) => Math.max(h.waitAvg ?? 0, h.serviceAvg ?? 0)));
  const summary = hours
    .map((h) =>
      t('admin.overview.queue.chartHour', {
        hour: String(h.hour!),
        wait: min(t, h.waitAvg),
        service: min(t, h.serviceAvg),
      }),
    )
    .join('; ');
  return (
    <svg
      role="img"
      aria-label={t('admin.overview.queue.chartLabel', { category, summary })}
      viewBox={`0 0 ${hours.length * W + 8} ${H + 36}`}
      // Never drawn larger than twice its own size: one hour's bars must not fill a phone's screen.
      style={{ maxWidth: `${(hours.length * W + 8) * 2}px` }}
      className="h-auto w-full max-w-md"
    >
      {hours.map((h, i) => {
        const x = 4 + i * W;
        const wait = ((h.waitAvg ?? 0) / max) * H;
        const service = ((h.serviceAvg ?? 0) / max) * H;
        return (
          <g key={h.hour}>
            <rect x={x + 4} y={H - wait} width={W / 2 - 5} height={wait} fill="#0b4f8a" />
            <rect
              x={x + W / 2 + 1}
              y={H - service}
              width={W / 2 - 5}
              height={service}
              fill="#fff"
              stroke="#334155"
              strokeWidth="1.5"
            />
            <text x={x + W / 2} y={H + 14} textAnchor="middle" fontSize="9" fill="#0f172a">
              {`${h.waitAvg ?? '—'}/${h.serviceAvg ?? '—'}`}
            </text>
            <text x={x + W / 2} y={H + 28} textAnchor="middle" fontSize="10" fill="#334155">
              {`${h.hour}:00`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The overview's queue section: per category a chart and a table by hour, then the total. */
export function QueueFigures({
  categories,
  figures,
}: {
  categories: { id: string; name: string }[];
  figures: QueueFigure[];
}) {
  const t = useTranslations();
  if (!figures.length) return <p className="mt-3 text-slate-700">{t('admin.overview.queue.none')}</p>;
  return (
    <div className="mt-4 grid gap-8 lg:grid-cols-2">
      {categories.map((c) => {
        const rows = figures.filter((f) => f.categoryId === c.id);
        const hours = rows.filter((f) => f.hour !== null);
        const total = rows.find((f) => f.hour === null)!;
        return (
          <section key={c.id} aria-label={c.name} className="min-w-0">
            <h3 className="text-lg font-semibold">{c.name}</h3>
            <p className="mt-1 text-sm text-slate-700">
              <span className="mr-1 inline-block size-3 bg-[#0b4f8a]" aria-hidden="true" />
              {t('admin.overview.queue.legendWait')}
              <span className="mr-1 ml-3 inline-block size-3 border border-slate-700" aria-hidden="true" />
              {t('admin.overview.queue.legendService')}
            </p>
            <QueueChart category={c.name} hours={hours} />
            <Table caption={t('admin.overview.queue.caption', { category: c.name })} className="" scroll>
              <THead>
                <Th>{t('admin.overview.queue.hour')}</Th>
                <Th className="text-right">{t('admin.overview.queue.tickets')}</Th>
                <Th className="text-right">{t('admin.overview.queue.waitAvg')}</Th>
                <Th className="text-right">{t('admin.overview.queue.waitMax')}</Th>
                <Th className="text-right">{t('admin.overview.queue.serviceAvg')}</Th>
              </THead>
              <tbody>
                {[...hours, total].map((f) => (
                  <Tr key={f.hour ?? 'total'} className={f.hour === null ? 'font-semibold' : ''}>
                    <Th scope="row">{f.hour === null ? t('admin.overview.queue.total') : `${f.hour}:00`}</Th>
                    <Td className="text-right">{f.tickets}</Td>
                    <Td className="text-right">{min(t, f.waitAvg)}</Td>
                    <Td className="text-right">{min(t, f.waitMax)}</Td>
                    <Td className="text-right">{min(t, f.serviceAvg)}</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </section>
        );
      })}
    </div>
  );
}
