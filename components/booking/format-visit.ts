import { formatDate, formatTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';

/** "środa, 2 grudnia 2026, 08:15": a visit's time as the booking pages write it. */
export function formatVisitTime(startsAt: Date): string {
  return t('booking.when', { date: formatDate(startsAt), time: formatTime(startsAt) });
}

/** "pl. Wolności 7-8, 45-018 Opole": an office's street address. */
export function formatOfficeAddress(o: { address: string; postalCode: string; city: string }): string {
  return `${o.address}, ${o.postalCode} ${o.city}`;
}
