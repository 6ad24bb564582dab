import { describe, it, expect } from 'vitest';
import { type DayPlan, nextOpenSlot, planDate, planDay, planRange, releaseWindow } from './schedule';
import { input, iso } from './schedule-fixtures';

describe('releaseWindow', () => {
  it.each([
    ['2026-05-11T10:00:00Z', 30, '2026-05-11', '2026-06-10'],
    ['2026-05-10T21:59:00Z', 30, '2026-05-10', '2026-06-09'], // 23:59 local
    ['2026-05-10T22:30:00Z', 30, '2026-05-11', '2026-06-10'], // 00:30 local: already the 11th
    ['2026-03-01T12:00:00Z', 30, '2026-03-01', '2026-03-31'],
    ['2026-12-15T12:00:00Z', 30, '2026-12-15', '2027-01-14'],
    ['2026-05-11T10:00:00Z', 0, '2026-05-11', '2026-05-11'],
  ])('now=%s horizon=%i -> %s..%s', (now, horizon, first, last) => {
    expect(releaseWindow(new Date(now), horizon)).toEqual({ first, last });
  });

  it.each([-1, 1.5])('rejects horizon %s', (horizon) => {
    expect(() => releaseWindow(new Date('2026-05-11T10:00:00Z'), horizon)).toThrow(RangeError);
  });
});

describe('planDay status', () => {
  // Monday 2026-05-11, 07:00 local: before opening.
  const inp = input('2026-05-11T05:00:00Z', {
    closures: [{ from: '2026-05-13', to: '2026-05-15', reason: 'Inwentaryzacja' }],
  });

  it.each([
    ['2026-05-08', 'past', undefined],
    ['2026-05-10', 'past', undefined], // yesterday
    ['2026-05-11', 'open', undefined], // today
    ['2026-05-12', 'open', undefined],
    ['2026-05-13', 'closed', 'Inwentaryzacja'], // closure: first day
    ['2026-05-14', 'closed', 'Inwentaryzacja'],
    ['2026-05-15', 'closed', 'Inwentaryzacja'], // closure: last day inclusive
    ['2026-05-16', 'closed', undefined], // Saturday: no rule
    ['2026-05-18', 'open', undefined],
    ['2026-05-24', 'holiday', 'Zielone Świątki'],
    ['2026-06-04', 'holiday', 'Dzień Bożego Ciała'],
    ['2026-06-10', 'open', undefined], // day 30: released
    ['2026-06-11', 'not-released', undefined], // day 31
  ])('%s is %s (%s)', (date, status, reason) => {
    const plan = planDay(date, inp);
    expect(plan.date).toBe(date);
    expect(plan.status).toBe(status);
    expect(plan.reason).toBe(reason);
    if (status === 'open') expect(plan.slots.length).toBeGreaterThan(0);
    else expect(plan.slots).toEqual([]);
  });

  it('names the holiday even when a closure covers it too', () => {
    const plan = planDay(
      '2026-06-04',
      input('2026-05-11T05:00:00Z', {
        closures: [{ from: '2026-06-03', to: '2026-06-05', reason: 'Remont' }],
      }),
    );
    expect(plan).toEqual({ date: '2026-06-04', status: 'holiday', reason: 'Dzień Bożego Ciała', slots: [] });
  });
});

describe('planRange', () => {
  it('plans every date inclusive', () => {
    const plans = planRange(
      '2026-05-09',
      '2026-05-17',
      input('2026-05-11T05:00:00Z', {
        closures: [{ from: '2026-05-13', to: '2026-05-13', reason: 'Szkolenie' }],
      }),
    );
    expect(plans.map((p) => [p.date, p.status])).toEqual([
      ['2026-05-09', 'past'],
      ['2026-05-10', 'past'],
      ['2026-05-11', 'open'],
      ['2026-05-12', 'open'],
      ['2026-05-13', 'closed'],
      ['2026-05-14', 'open'],
      ['2026-05-15', 'open'],
      ['2026-05-16', 'closed'],
      ['2026-05-17', 'closed'],
    ]);
  });

  it('is empty when from is after to', () => {
    expect(planRange('2026-05-12', '2026-05-11', input('2026-05-11T05:00:00Z'))).toEqual([]);
  });
});

describe('nextOpenSlot', () => {
  it.each([
    ['2026-05-08T16:00:00Z', undefined, '2026-05-11T06:00:00.000Z'], // Friday evening -> Monday
    ['2026-06-03T14:00:00Z', undefined, '2026-06-05T06:00:00.000Z'], // skips Corpus Christi
    ['2026-05-11T07:10:00Z', undefined, '2026-05-11T07:30:00.000Z'], // later today
    ['2026-05-11T07:10:00Z', '2026-05-20', '2026-05-20T06:00:00.000Z'],
    ['2026-05-11T07:10:00Z', '2026-05-01', '2026-05-11T07:30:00.000Z'], // past fromDate clamps to now
    ['2026-05-11T07:10:00Z', '2026-06-11', null], // beyond the horizon
  ])('now=%s from=%s -> %s', (now, fromDate, expected) => {
    const slot = nextOpenSlot(input(now), fromDate);
    expect(slot ? iso(slot.startsAt) : null).toBe(expected);
  });

  it('is null when nothing is open in the window', () => {
    const closures = [{ from: '2026-05-01', to: '2026-07-01', reason: 'Przeprowadzka' }];
    expect(nextOpenSlot(input('2026-05-11T05:00:00Z', { closures }))).toBeNull();
    expect(nextOpenSlot(input('2026-05-11T05:00:00Z', { rules: [] }))).toBeNull();
  });
});

describe('plans remembered by date (planDate)', () => {
  const closures = [{ from: '2026-05-13', to: '2026-05-13', reason: 'Inwentaryzacja' }];
  const dates = [
    '2026-05-08',
    '2026-05-11',
    '2026-05-12',
    '2026-05-13',
    '2026-05-16',
    '2026-05-24',
    '2026-06-11',
  ];

  it.each([
    ['before opening', '2026-05-11T05:00:00Z'],
    ['mid-morning (begun slots dropped)', '2026-05-11T08:10:00Z'],
    ['a week later', '2026-05-18T05:00:00Z'],
    ['the spring DST change', '2026-03-29T05:00:00Z'],
  ])('give the same days as planning afresh, %s', (_when, now) => {
    const inp = input(now, { closures });
    const remembered = new Map<string, DayPlan>();
    const plans = (d: string) => {
      if (!remembered.has(d)) remembered.set(d, planDate(d, inp));
      return remembered.get(d)!;
    };
    // Asked twice: the second time every date comes from the remembered copies.
    for (let round = 0; round < 2; round++) {
      expect(planRange('2026-05-08', '2026-06-11', inp, plans)).toEqual(
        planRange('2026-05-08', '2026-06-11', inp),
      );
      for (const d of dates) expect(planDay(d, inp, plans)).toEqual(planDay(d, inp));
    }
  });

  it('depend on the rules alone, never on the clock: a copy made mid-morning keeps the begun slots', () => {
    const inp = input('2026-05-11T08:10:00Z'); // 10:10 in Opole
    expect(planDate('2026-05-11', inp).slots).toHaveLength(17);
    expect(planDay('2026-05-11', inp, (d) => planDate(d, inp)).slots).toHaveLength(12);
  });

  it('are not read for a date outside the release window', () => {
    const asked: string[] = [];
    const inp = input('2026-05-11T05:00:00Z');
    planRange('2026-05-01', '2026-06-30', inp, (d) => (asked.push(d), planDate(d, inp)));
    expect(asked[0]).toBe('2026-05-11');
    expect(asked.at(-1)).toBe('2026-06-10');
  });
});
