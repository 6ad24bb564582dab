import { describe, expect, it } from 'vitest';
import type { OpeningRule } from './schedule';
import { OFFICE_RULES, input, rule } from './schedule-fixtures';
import { findDroppedBookings, sameBookings } from './schedule-impact';
import { atLocalTime, parseHm } from './time';

// Monday 2026-05-11, 07:00 in Opole: before opening.
const NOW = '2026-05-11T05:00:00Z';
let order = 0;
/** A booking at a local date and time; each one is booked after the previous. */
const visit = (id: string, date: string, hm: string) => ({
  id,
  startsAt: atLocalTime(date, parseHm(hm)),
  createdAt: new Date(Date.UTC(2026, 4, 1, 0, order++)),
});
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const withRules = (rules: OpeningRule[]) => input(NOW, { rules });
const replaceWeekday = (weekday: number, ...blocks: OpeningRule[]) => [
  ...OFFICE_RULES.filter((r) => r.weekday !== weekday),
  ...blocks,
];

describe('findDroppedBookings', () => {
  const tue0900 = visit('tue-0900', '2026-05-12', '09:00');
  const tue1400 = visit('tue-1400', '2026-05-12', '14:00');
  const tue0900b = visit('tue-0900-b', '2026-05-12', '09:00');
  const wed1000 = visit('wed-1000', '2026-05-13', '10:00');
  const bookings = [tue1400, tue0900, tue0900b, wed1000];

  it.each([
    ['an unchanged schedule', OFFICE_RULES, []],
    ['a Saturday block added', [...OFFICE_RULES, rule(6, '09:00', '12:00', 30, 1)], []],
    ['Tuesday shortened to 12:00', replaceWeekday(2, rule(2, '08:00', '12:00', 30, 2)), ['tue-1400']],
    // Who booked first keeps the seat.
    ['Tuesday down to one counter', replaceWeekday(2, rule(2, '08:00', '15:00', 30, 1)), ['tue-0900-b']],
    // 08:00, 08:45, 09:30 … 14:00: 09:00 is no longer a start time, 14:00 still is.
    [
      'Tuesday in 45-minute visits',
      replaceWeekday(2, rule(2, '08:00', '14:45', 45, 2)),
      ['tue-0900', 'tue-0900-b'],
    ],
    ['Tuesday removed', replaceWeekday(2), ['tue-0900', 'tue-0900-b', 'tue-1400']],
    [
      'Tuesday valid only from next week',
      replaceWeekday(2, rule(2, '08:00', '15:00', 30, 2, { validFrom: '2026-05-18' })),
      ['tue-0900', 'tue-0900-b', 'tue-1400'],
    ],
  ])('%s', (_label, rules, dropped) => {
    expect(ids(findDroppedBookings(bookings, withRules(OFFICE_RULES), withRules(rules)))).toEqual(dropped);
  });

  it('lists the bookings of a new closure, and only those', () => {
    const current = input(NOW);
    const proposed = input(NOW, {
      closures: [{ from: '2026-05-13', to: '2026-05-13', reason: 'Szkolenie' }],
    });
    expect(ids(findDroppedBookings(bookings, current, proposed))).toEqual(['wed-1000']);
  });

  it('does not blame a change for a booking the current schedule already cannot serve', () => {
    const closed = [{ from: '2026-05-12', to: '2026-05-12', reason: 'Awaria' }];
    const current = input(NOW, { closures: closed });
    const proposed = input(NOW, { closures: closed, rules: replaceWeekday(3) });
    expect(ids(findDroppedBookings(bookings, current, proposed))).toEqual(['wed-1000']);
  });

  it('never drops a booked visit because the release horizon was shortened', () => {
    const far = visit('far', '2026-06-08', '08:00'); // day 28
    expect(findDroppedBookings([far], input(NOW), input(NOW, { horizonDays: 3 }))).toEqual([]);
    // … but the visit still goes when its day is closed.
    const closed = input(NOW, {
      horizonDays: 3,
      closures: [{ from: '2026-06-08', to: '2026-06-08', reason: 'x' }],
    });
    expect(ids(findDroppedBookings([far], input(NOW), closed))).toEqual(['far']);
  });

  it('ignores holidays the booking could never have been on', () => {
    const corpusChristi = visit('bc', '2026-06-04', '09:00');
    expect(findDroppedBookings([corpusChristi], input(NOW), withRules(replaceWeekday(4)))).toEqual([]);
  });

  it('reads rules in Opole time across the end of summer time', () => {
    // Monday 2026-10-26 is the first day of winter time: 08:00 local = 07:00Z.
    const now = '2026-10-23T10:00:00Z';
    const early = visit('early', '2026-10-26', '08:00');
    const later = visit('later', '2026-10-26', '09:00');
    expect(early.startsAt.toISOString()).toBe('2026-10-26T07:00:00.000Z');
    const dropped = findDroppedBookings(
      [early, later],
      input(now),
      input(now, { rules: replaceWeekday(1, rule(1, '09:00', '15:00', 30, 2)) }),
    );
    expect(ids(dropped)).toEqual(['early']);
  });

  it('returns nothing for no bookings', () => {
    expect(findDroppedBookings([], input(NOW), withRules([]))).toEqual([]);
  });
});

describe('sameBookings', () => {
  it.each([
    [['a', 'b'], ['b', 'a'], true],
    [['a'], ['a', 'b'], false],
    [['a', 'b'], ['a', 'c'], false],
    [[], [], true],
  ])('%j vs %j -> %s', (a, b, expected) => {
    expect(sameBookings(a, b)).toBe(expected);
  });
});
