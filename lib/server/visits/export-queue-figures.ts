import 'server-only';
import { toCsv } from '@/lib/domain/csv';
import { translator } from '@/lib/i18n/translator';
import { loadQueueFigures } from './load-queue-figures';

const COLUMNS = [
  'category',
  'hour',
  'tickets',
  'called',
  'served',
  'waitAvg',
  'waitMax',
  'serviceAvg',
] as const;

/** Minutes with a decimal comma, as a Polish spreadsheet reads them; empty when unknown. */
const minutes = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/** The queue's figures of `from`–`to` as CSV: a row per category and hour, then its total. */
export async function exportQueueFiguresCsv(officeId: string, from: string, to: string): Promise<string> {
  const t = translator();
  const { categories, figures } = await loadQueueFigures(officeId, from, to);
  const name = new Map(categories.map((c) => [c.id, c.name]));
  return toCsv(
    COLUMNS.map((c) => t(`visits.queueExport.column.${c}`)),
    figures.map((f) => [
      name.get(f.categoryId) ?? '',
      f.hour === null ? t('visits.queueExport.allDay') : `${String(f.hour).padStart(2, '0')}:00`,
      String(f.tickets),
      String(f.called),
      String(f.served),
      minutes(f.waitAvg),
      minutes(f.waitMax),
      minutes(f.serviceAvg),
    ]),
  );
}
