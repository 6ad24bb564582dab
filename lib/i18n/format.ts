// The formatDateTime family: every date and time Termin shows, in the office's zone (declared once,
// OFFICE_TZ) whatever the server's. Nothing else formats a date for people.
import { OFFICE_TZ as ZONE } from '@/lib/domain/time';
import { translator } from './translator';

const dayLong = new Intl.DateTimeFormat('pl-PL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: ZONE,
});
const hm = new Intl.DateTimeFormat('pl-PL', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const monthYear = new Intl.DateTimeFormat('pl-PL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "środa, 2 grudnia 2026" for a local date YYYY-MM-DD. */
export function formatLocalDate(date: string): string {
  return dayLong.format(new Date(`${date}T12:00:00Z`));
}

const dayShort = new Intl.DateTimeFormat('pl-PL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "pon., 23 lis" for a local date YYYY-MM-DD (tables, charts). */
export function formatShortDate(date: string): string {
  return dayShort.format(new Date(`${date}T12:00:00Z`));
}

/** "środa, 2 grudnia 2026": the day an instant falls on in Opole. */
export function formatDate(instant: Date): string {
  return dayLong.format(instant);
}

/** "środa, 2 grudnia 2026, 08:15": a visit's time, as every page, e-mail and SMS writes it. */
export function formatDateTime(instant: Date): string {
  const t = translator();
  return t('common.dateTime', { date: formatDate(instant), time: formatTime(instant) });
}

const weekdayDay = new Intl.DateTimeFormat('pl-PL', { weekday: 'short', day: 'numeric', timeZone: 'UTC' });

/** "pon. 23" for a local date YYYY-MM-DD (a chart's narrow column). */
export function formatWeekdayDay(date: string): string {
  return weekdayDay.format(new Date(`${date}T12:00:00Z`));
}

/** "08:15" in Opole. */
export function formatTime(instant: Date): string {
  return hm.format(instant);
}

const stamp = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'short', timeStyle: 'medium', timeZone: ZONE });
const longStamp = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeStyle: 'short', timeZone: ZONE });

/** "1.12.2026, 09:05:12" in Opole: when something happened (logs, the local mailbox). */
export function formatStamp(instant: Date): string {
  return stamp.format(instant);
}

/** "1 grudnia 2026 09:05" in Opole: when something was recorded, for a resident. */
export function formatLongStamp(instant: Date): string {
  return longStamp.format(instant);
}

/** "grudzień 2026" for YYYY-MM (nominative, as a heading). */
export function formatMonth(ym: string): string {
  const s = monthYear.format(new Date(`${ym}-15T12:00:00Z`));
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "pl. Wolności 7-8, 45-018 Opole": an office's street address, as every page and e-mail writes it. */
export function formatOfficeAddress(o: { address: string; postalCode: string; city: string }): string {
  return `${o.address}, ${o.postalCode} ${o.city}`;
}
