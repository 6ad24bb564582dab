import { formatDate, formatTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';

/** "środa, 2 grudnia 2026, 08:15": a visit's time as the booking pages write it. */
export function formatVisitTime(startsAt: Date): string {
  return t('booking.when', { date: formatDate(startsAt), time: formatTime(startsAt) });
}
