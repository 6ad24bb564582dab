import { describe, expect, it } from 'vitest';
import { applyTaken, monthWeeks, shiftMonth } from './availability';
import type { DayPlan } from './schedule';

const at = (iso: string) => new Date(iso);
const slot = (iso: string, capacity: number) => ({
  startsAt: at(iso),
  endsAt: new Date(at(iso).getTime() + 15 * 60_000),
  capacity,
});
const open: DayPlan = {
  date: '2026-12-02',
  status: 'open',
  slots: [slot('2026-12-02T07:00:00Z', 2), slot('2026-12-02T07:15:00Z', 1)],
};

describe('applyTaken', () => {
  it.each<[string, DayPlan, [string, number][], string, number[]]>([
    ['all free', open, [], 'available', [2, 1]],
    ['one seat taken', open, [['2026-12-02T07:00:00Z', 1]], 'available', [1, 1]],
    ['a full time is left out', open, [['2026-12-02T07:15:00Z', 1]], 'available', [2]],
    [
      'all taken: red',
      open,
      [
        ['2026-12-02T07:00:00Z', 2],
        ['2026-12-02T07:15:00Z', 1],
      ],
      'full',
      [],
    ],
    ['an open day already elapsed: red', { ...open, slots: [] }, [], 'full', []],
    ['not released: grey', { date: '2027-02-01', status: 'not-released', slots: [] }, [], 'not-released', []],
    [
      'holiday: closed',
      { date: '2026-12-25', status: 'holiday', reason: 'Boże Narodzenie', slots: [] },
      [],
      'closed',
      [],
    ],
    ['weekend: closed', { date: '2026-12-05', status: 'closed', slots: [] }, [], 'closed', []],
    ['past', { date: '2026-11-30', status: 'past', slots: [] }, [], 'past', []],
  ])('%s', (_name, plan, taken, state, free) => {
    const day = applyTaken(plan, new Map(taken.map(([iso, n]) => [at(iso).getTime(), n])));
    expect(day.state).toBe(state);
    expect(day.freeSlots.map((s) => s.free)).toEqual(free);
  });

  it('keeps the reason of a closed day', () => {
    expect(
      applyTaken({ date: '2026-12-25', status: 'holiday', reason: 'Boże Narodzenie', slots: [] }, new Map())
        .reason,
    ).toBe('Boże Narodzenie');
  });
});

describe('monthWeeks', () => {
  it.each([
    // December 2026 starts on a Tuesday and has 31 days.
    [
      2026,
      12,
      5,
      [null, '2026-12-01'],
      ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null],
    ],
    // February 2027 starts on a Monday: no padding before.
    [
      2027,
      2,
      4,
      ['2027-02-01', '2027-02-02'],
      ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26', '2027-02-27', '2027-02-28'],
    ],
  ])('%i-%i', (y, m, weeks, firstStart, last) => {
    const w = monthWeeks(y, m);
    expect(w).toHaveLength(weeks);
    expect(w[0]!.slice(0, 2)).toEqual(firstStart);
    expect(w.at(-1)).toEqual(last);
    expect(w.every((week) => week.length === 7)).toBe(true);
  });
});

describe('shiftMonth', () => {
  it.each([
    ['2026-12', 1, '2027-01'],
    ['2027-01', -1, '2026-12'],
    ['2026-11', 0, '2026-11'],
  ])('%s %+d', (ym, by, out) => expect(shiftMonth(ym, by)).toBe(out));
});
