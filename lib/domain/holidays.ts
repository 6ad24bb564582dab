import Holidays from 'date-holidays';

export type PublicHoliday = { date: string /* YYYY-MM-DD */; name: string };

// Built lazily: the rule set is parsed on construction, and most imports of
// this module (type-only, client bundles) never ask for a holiday.
let calendar: Holidays | null = null;

// A year's list never changes for a given library version, so caching it is
// safe and keeps day-by-day planning from recomputing Easter every call.
const cacheByYear = new Map<number, readonly PublicHoliday[]>();

function getCalendar(): Holidays {
  calendar ??= new Holidays('PL', { languages: ['pl'] });
  return calendar;
}

function computePublicHolidays(year: number): readonly PublicHoliday[] {
  // Only statutory days off ('public') close the office; date-holidays also
  // reports observances (Walentynki, Dzień Matki), school days and
  // 'optional' days such as Dzień Flagi, which are ordinary working days.
  const holidays = getCalendar()
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    // `date` is the local civil date ("2026-11-11 00:00:00"); `start` is an
    // instant and would shift to the previous day when read in UTC.
    .map((holiday) => Object.freeze({ date: holiday.date.slice(0, 10), name: holiday.name }));
  return Object.freeze(holidays);
}

function holidaysOfYear(year: number): readonly PublicHoliday[] {
  let holidays = cacheByYear.get(year);
  if (!holidays) {
    holidays = computePublicHolidays(year);
    cacheByYear.set(year, holidays);
  }
  return holidays;
}

function yearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isInteger(year)) {
    throw new RangeError(`Invalid calendar date: "${date}" (expected YYYY-MM-DD)`);
  }
  return year;
}

/** Polish statutory public holidays of `year`, in date order, with Polish names. */
export function listPublicHolidays(year: number): PublicHoliday[] {
  if (!Number.isInteger(year)) throw new RangeError(`Invalid year: ${year}`);
  // Copy so callers may sort/filter freely without touching the cache.
  return [...holidaysOfYear(year)];
}

/** The public holiday falling on `date` (YYYY-MM-DD), if any. */
export function findPublicHoliday(date: string): PublicHoliday | undefined {
  return holidaysOfYear(yearOf(date)).find((holiday) => holiday.date === date);
}

/** Whether `date` (YYYY-MM-DD) is a Polish statutory public holiday. */
export function isPublicHoliday(date: string): boolean {
  return findPublicHoliday(date) !== undefined;
}
