import { describe, it, expect } from 'vitest';
import {
  OFFICE_TZ,
  addDays,
  atLocalTime,
  formatHm,
  isCalendarDate,
  isoWeekday,
  localDateOf,
  parseHm,
  parseInstant,
} from './time';

describe('localDateOf', () => {
  it.each([
    // Opole is one day ahead of UTC between local midnight and 01:00/02:00Z.
    ['2026-05-10T21:59:59Z', '2026-05-10'],
    ['2026-05-10T22:00:00Z', '2026-05-11'],
    ['2026-01-15T22:59:59Z', '2026-01-15'],
    ['2026-01-15T23:00:00Z', '2026-01-16'],
    ['2025-12-31T23:30:00Z', '2026-01-01'],
    ['2026-03-29T00:30:00Z', '2026-03-29'],
    // The DST weekends: local midnight is 23:00Z before the spring change, 22:00Z before autumn's.
    ['2026-03-28T22:59:59Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-10-24T21:59:59Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
  ])('%s is %s in Warsaw', (instant, expected) => {
    expect(localDateOf(new Date(instant))).toBe(expected);
  });

  it('honours an explicit zone', () => {
    expect(localDateOf(new Date('2026-05-10T22:30:00Z'), 'UTC')).toBe('2026-05-10');
    expect(localDateOf(new Date('2026-05-10T22:30:00Z'), OFFICE_TZ)).toBe('2026-05-11');
    expect(localDateOf(new Date('2026-05-10T22:30:00Z'), 'America/New_York')).toBe('2026-05-10');
  });

  it('refuses an instant that is no time at all', () => {
    expect(() => localDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('atLocalTime', () => {
  it.each([
    // [date, local HH:MM, expected UTC instant]
    ['2026-03-27', '08:00', '2026-03-27T07:00:00.000Z'], // Friday before spring change: CET
    ['2026-03-30', '08:00', '2026-03-30T06:00:00.000Z'], // Monday after spring change: CEST
    ['2026-10-23', '08:00', '2026-10-23T06:00:00.000Z'], // Friday before autumn change: CEST
    ['2026-10-26', '08:00', '2026-10-26T07:00:00.000Z'], // Monday after autumn change: CET
    ['2026-03-29', '01:00', '2026-03-29T00:00:00.000Z'], // before the jump, still CET
    ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'], // right after the jump, CEST
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'], // non-existent hour moves forward (= 03:30)
    ['2026-10-25', '01:00', '2026-10-24T23:00:00.000Z'], // before the fall back, CEST
    ['2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'], // after the fall back, CET
    ['2026-05-11', '00:00', '2026-05-10T22:00:00.000Z'],
    ['2026-05-11', '24:00', '2026-05-11T22:00:00.000Z'], // closing "at midnight"
  ])('%s %s Warsaw is %s', (date, hm, expected) => {
    expect(atLocalTime(date, parseHm(hm)).toISOString()).toBe(expected);
  });

  it('returns a plain Date', () => {
    expect(atLocalTime('2026-05-11', 480).constructor).toBe(Date);
  });

  it.each([
    ['2026-02-30', 480],
    ['2026-5-1', 480],
    ['2026-05-11', -1],
    ['2026-05-11', 1441],
    ['2026-05-11', 8.5],
  ])('rejects %s / %s', (date, minutes) => {
    expect(() => atLocalTime(date, minutes)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-05-11', 0, '2026-05-11'],
    ['2026-05-11', 30, '2026-06-10'],
    ['2026-03-28', 1, '2026-03-29'], // DST weekend still counts as one day each
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe('isoWeekday', () => {
  it.each([
    ['2026-03-30', 1],
    ['2026-03-31', 2],
    ['2026-04-01', 3],
    ['2026-04-02', 4],
    ['2026-04-03', 5],
    ['2026-04-04', 6],
    ['2026-03-29', 7],
    ['2026-10-25', 7],
  ])('%s is weekday %i', (date, expected) => {
    expect(isoWeekday(date)).toBe(expected);
  });
});

describe('parseHm / formatHm', () => {
  it.each([
    ['00:00', 0],
    ['07:30', 450],
    ['08:30', 510],
    ['15:45', 945],
    ['24:00', 1440],
  ])('%s <-> %i', (hm, minutes) => {
    expect(parseHm(hm)).toBe(minutes);
    expect(formatHm(minutes)).toBe(hm);
  });

  it.each(['8:30', '08:60', '24:01', '25:00', 'ab:cd', ''])('parseHm rejects "%s"', (hm) => {
    expect(() => parseHm(hm)).toThrow(RangeError);
  });

  it.each([-1, 1441, 1.5])('formatHm rejects %s', (minutes) => {
    expect(() => formatHm(minutes)).toThrow(RangeError);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-11-20', true],
    ['2028-02-29', true],
    ['2100-12-31', true],
    ['2027-02-29', false],
    ['2026-13-01', false],
    ['0000-01-01', false], // JavaScript's Date.UTC would read year 0 as 1900
    ['9999-12-31', false],
    ['1999-12-31', false],
    ['20261120', false],
    ['', false],
  ])('%s → %s', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-12-02T07:00:00.000Z', '2026-12-02T07:00:00.000Z'],
    ['2026-12-02T07:00Z', '2026-12-02T07:00:00.000Z'],
    ['2026-12-02T08:00:00+01:00', '2026-12-02T07:00:00.000Z'],
    ['2100-12-31T22:59:59Z', '2100-12-31T22:59:59.000Z'],
  ])('%s → %s', (s, iso) => {
    expect(parseInstant(s)?.toISOString()).toBe(iso);
  });

  it.each([
    '+010000-01-01T00:00:00Z', // expanded year: Date accepts it, date-fns formats five digits
    '0099-01-01T00:00:00Z', // two-digit years are read as 19xx by Date.UTC
    '9999-12-31T23:59:59Z',
    '1999-12-31T23:59:59Z',
    '2100-12-31T23:30:00Z', // already 2101 in Opole
    '2026-02-30T10:00:00Z',
    '2026-12-02T24:00:00Z',
    '2026-12-02T07:00:00', // no zone: would depend on the server's
    '2026-12-02',
    '2026-12-02T07:00:00Z\u0000',
    '２０２６-12-02T07:00:00Z',
    '',
  ])('rejects %j', (s) => {
    expect(parseInstant(s)).toBeNull();
  });
});
