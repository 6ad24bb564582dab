import { TZDate } from '@date-fns/tz';

/** Every day/hour rule of the office is stated in Opole's wall-clock time. */
export const OFFICE_TZ = 'Europe/Warsaw';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HM_RE = /^(\d{2}):(\d{2})$/;
const MINUTES_PER_DAY = 24 * 60;

type CalendarDate = { year: number; month: number; day: number };

// Calendar dates travel as plain 'YYYY-MM-DD' strings so that they never pick
// up a time zone by accident; reject impossible ones (2026-02-30) early
// instead of letting Date silently roll them into March.
function parseCalendarDate(date: string): CalendarDate {
  const match = DATE_RE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Invalid calendar date: "${date}" (expected YYYY-MM-DD)`);
}

/**
 * A real calendar date (YYYY-MM-DD) in the years Termin deals with. Outside 2000–2100 the date
 * arithmetic of JavaScript misbehaves (year 0000 becomes 1900), and no booking lives there.
 */
export function isCalendarDate(s: string): boolean {
  try {
    const { year } = parseCalendarDate(s);
    return year >= 2000 && year <= 2100;
  } catch {
    return false;
  }
}

// An instant as the flow writes it (Date#toISOString) or as a person might: date, hours and
// minutes, optional seconds and milliseconds, then Z or an offset. No expanded years (+010000).
const INSTANT_RE =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The instant an ISO 8601 string names, or null when it is malformed or lies outside the years
 * isCalendarDate accepts (in UTC and in Opole). Anything a URL or a form carries goes through
 * this before it meets date arithmetic.
 */
export function parseInstant(s: string): Date | null {
  const match = INSTANT_RE.exec(s);
  if (!match || !isCalendarDate(match[1]!)) return null;
  const instant = new Date(s);
  if (Number.isNaN(instant.getTime())) return null;
  const utc = instant.toISOString().slice(0, 10);
  return isCalendarDate(utc) && isCalendarDate(localDateOf(instant)) ? instant : null;
}

// One formatter per zone (the office's, UTC in tests): made once, they answer in about a
// microsecond; the calendar and every hold ask for dates dozens of times a request.
const dayParts = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `zone`. */
export function localDateOf(instant: Date, zone: string = OFFICE_TZ): string {
  let f = dayParts.get(zone);
  if (!f) {
    if (dayParts.size >= 16) dayParts.clear();
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayParts.set(zone, f);
  }
  let year = '';
  let month = '';
  let day = '';
  for (const part of f.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/**
 * The UTC instant at which the wall clock in `zone` shows `minutes` past local
 * midnight of `date`. The offset is resolved for that very moment, so DST days
 * come out right (08:00 Warsaw is 07:00Z in winter, 06:00Z in summer).
 */
export function atLocalTime(date: string, minutes: number, zone: string = OFFICE_TZ): Date {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY) {
    throw new RangeError(`Minutes since midnight out of range: ${minutes}`);
  }
  const { year, month, day } = parseCalendarDate(date);
  const local = new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, zone);
  // Hand out a plain Date: callers compare and serialise instants, and a
  // TZDate would leak its zone into toString()/JSON.
  return new Date(local.getTime());
}

/** Calendar arithmetic on YYYY-MM-DD; done in UTC where every day has 24 h. */
export function addDays(date: string, n: number): string {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day + n)).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** '08:30' → 510. '24:00' is allowed so that a rule can close at midnight. */
export function parseHm(hm: string): number {
  const match = HM_RE.exec(hm);
  if (match) {
    const minutes = Number(match[1]) * 60 + Number(match[2]);
    if (Number(match[2]) < 60 && minutes <= MINUTES_PER_DAY) return minutes;
  }
  throw new RangeError(`Invalid time of day: "${hm}" (expected HH:MM)`);
}

/** 510 → '08:30'; inverse of parseHm. */
export function formatHm(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY) {
    throw new RangeError(`Minutes since midnight out of range: ${minutes}`);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
