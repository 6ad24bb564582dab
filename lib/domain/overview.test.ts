import { describe, expect, it } from 'vitest';
import { dayLoad, formatPercent, noShowRate } from './overview';
import type { DayPlan } from './schedule';

const at = (h: number) => new Date(Date.UTC(2027, 2, 3, h));
const slot = (h: number, capacity: number) => ({ startsAt: at(h), endsAt: at(h + 1), capacity });

describe('dayLoad', () => {
  const full: DayPlan = { date: '2027-03-03', status: 'open', slots: [slot(8, 3), slot(9, 3), slot(10, 2)] };
  it('counts the whole day as capacity and only seats still ahead as free', () => {
    const fromNow: DayPlan = { ...full, slots: full.slots.slice(1) };
    const taken = new Map([
      [at(8).getTime(), 3],
      [at(9).getTime(), 1],
      [at(10).getTime(), 2],
    ]);
    expect(dayLoad(full, fromNow, taken, 6)).toEqual({
      date: '2027-03-03',
      status: 'open',
      capacity: 8,
      booked: 6,
      free: 2,
    });
  });
  it('a closed day has no capacity and nothing free', () => {
    const closed: DayPlan = { date: '2027-03-04', status: 'closed', reason: 'szkolenie', slots: [] };
    expect(dayLoad(closed, closed, new Map(), 0)).toMatchObject({ capacity: 0, free: 0 });
  });
  it('never counts more taken seats than a slot has as negative free', () => {
    expect(dayLoad(full, full, new Map([[at(8).getTime(), 5]]), 5).free).toBe(5);
  });
});

describe('noShowRate', () => {
  it.each([
    [{ attended: 0, noShow: 0, unmarked: 4 }, null, '—'],
    [{ attended: 7, noShow: 1, unmarked: 0 }, 0.125, '12,5%'],
    [{ attended: 0, noShow: 2, unmarked: 0 }, 1, '100%'],
  ])('%j', (a, rate, text) => {
    expect(noShowRate(a)).toBe(rate);
    expect(formatPercent(noShowRate(a))).toBe(text);
  });
});
