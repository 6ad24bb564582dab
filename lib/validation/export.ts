import { z } from 'zod';
import { isCalendarDate, localDateOf } from '@/lib/domain/time';
import type { Message } from '@/lib/i18n/catalogue';

// The CSV export's date range: both days inclusive, at most a year.
export const MAX_EXPORT_DAYS = 366;

const day = z.string().refine(isCalendarDate);

/** What is exported: the bookings (default) or the queue's waiting and service times. */
export const EXPORT_KINDS = ['wizyty', 'kolejka'] as const;

export const exportRangeSchema = z
  .object({ biuro: z.string().optional(), od: day, do: day, rodzaj: z.enum(EXPORT_KINDS).catch('wizyty') })
  .refine((r) => r.od <= r.do, { message: 'reversed' })
  .refine((r) => (Date.parse(r.do) - Date.parse(r.od)) / 86_400_000 < MAX_EXPORT_DAYS, {
    message: 'too-long',
  });

/** What the overview page says when the export was refused (`?eksport=`). */
export const EXPORT_ERRORS: Record<string, Message> = {
  'bad-date': { key: 'validation.export.badDate' },
  reversed: { key: 'validation.export.reversed' },
  'too-long': { key: 'validation.export.tooLong', params: { max: MAX_EXPORT_DAYS } },
};

export function exportErrorOf(issues: { message: string }[]): keyof typeof EXPORT_ERRORS {
  const m = issues.find((i) => i.message === 'reversed' || i.message === 'too-long')?.message;
  return m ?? 'bad-date';
}

/** The default range offered: the current calendar month. */
export function defaultExportRange(now: Date): { from: string; to: string } {
  const local = localDateOf(now);
  const [y, m] = local.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}
