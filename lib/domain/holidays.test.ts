import { describe, it, expect } from 'vitest';
import { findPublicHoliday, isPublicHoliday, listPublicHolidays } from './holidays';

describe('listPublicHolidays', () => {
  it('lists exactly the 14 statutory days off of 2026, in order', () => {
    expect(listPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nowy Rok' },
      { date: '2026-01-06', name: 'Święto Trzech Króli' },
      { date: '2026-04-05', name: 'Niedziela Wielkanocna' },
      { date: '2026-04-06', name: 'Drugi dzień Wielkanocy' },
      { date: '2026-05-01', name: 'Święto Państwowe; Święto Pracy' },
      { date: '2026-05-03', name: 'Święto Narodowe Trzeciego Maja' },
      { date: '2026-05-24', name: 'Zielone Świątki' },
      { date: '2026-06-04', name: 'Dzień Bożego Ciała' },
      { date: '2026-08-15', name: 'Wniebowzięcie Najświętszej Maryi Panny' },
      { date: '2026-11-01', name: 'Wszystkich Świętych' },
      { date: '2026-11-11', name: 'Narodowe Święto Niepodległości' },
      { date: '2026-12-24', name: 'Wigilia Bożego Narodzenia' },
      { date: '2026-12-25', name: 'Pierwszy dzień Bożego Narodzenia' },
      { date: '2026-12-26', name: 'Drugi dzień Bożego Narodzenia' },
    ]);
  });

  it.each([
    // Easter-dependent days move every year.
    [2025, ['2025-04-20', '2025-04-21', '2025-06-08', '2025-06-19']],
    [2027, ['2027-03-28', '2027-03-29', '2027-05-16', '2027-05-27']],
  ])('follows Easter in %i', (year, movable) => {
    const dates = listPublicHolidays(year).map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining(movable));
  });

  it('returns a copy that callers can mutate without touching the cache', () => {
    const first = listPublicHolidays(2026);
    first.length = 0;
    expect(listPublicHolidays(2026)).toHaveLength(14);
  });
});

describe('isPublicHoliday', () => {
  it.each([
    ['2026-01-01', true],
    ['2026-04-06', true], // Easter Monday
    ['2026-05-24', true], // Pentecost Sunday
    ['2026-06-04', true], // Corpus Christi
    ['2026-11-11', true],
    ['2026-12-24', true], // Christmas Eve, a day off since 2025
    ['2026-12-25', true],
    ['2024-12-24', false], // ... but not before
    ['2026-02-14', false], // Walentynki: observance
    ['2026-05-02', false], // Dzień Flagi: 'optional', a working day
    ['2026-04-03', false], // Good Friday: school holiday only
    ['2026-12-31', false], // Sylwester: observance
    ['2026-05-11', false], // ordinary Monday
  ])('%s -> %s', (date, expected) => {
    expect(isPublicHoliday(date)).toBe(expected);
  });
});

describe('findPublicHoliday', () => {
  it.each([
    ['2026-06-04', 'Dzień Bożego Ciała'],
    ['2026-11-11', 'Narodowe Święto Niepodległości'],
  ])('names %s as %s', (date, name) => {
    expect(findPublicHoliday(date)).toEqual({ date, name });
  });

  it('returns undefined on a working day', () => {
    expect(findPublicHoliday('2026-06-05')).toBeUndefined();
  });

  it('rejects a malformed date', () => {
    expect(() => isPublicHoliday('11.11.2026')).toThrow(RangeError);
  });
});
