import { describe, expect, it } from 'vitest';
import {
  SIGN_IN_THROTTLE,
  failuresForgotten,
  secondsUntil,
  waitAfterFailures,
  waitUnit,
} from './sign-in-throttle';

const at = (iso: string) => new Date(iso);

describe('waitAfterFailures', () => {
  it.each([
    [0, 0],
    [1, 5],
    [2, 30],
    [3, 60],
    [6, 600],
    [7, 900],
    [8, 900], // the longest wait repeats: never more than 15 minutes
    [500, 900],
  ])('after %i failures: %i s', (failures, seconds) => {
    expect(waitAfterFailures(failures)).toBe(seconds);
  });

  it('never shrinks, and the longest wait ends well before failures are forgotten', () => {
    const waits = Array.from({ length: 10 }, (_, i) => waitAfterFailures(i + 1));
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(Math.max(...waits) * 1000).toBeLessThan(SIGN_IN_THROTTLE.forgetAfterMs);
  });
});

describe('failuresForgotten', () => {
  const last = at('2027-03-28T00:30:00Z'); // across the spring DST change in Opole
  it.each([
    ['2027-03-28T12:00:00Z', false],
    ['2027-03-29T00:29:59Z', false],
    ['2027-03-29T00:30:00Z', true],
  ])('last failure %s → at %s forgotten: %s', (now, forgotten) => {
    expect(failuresForgotten(last, at(now))).toBe(forgotten);
  });
});

describe('secondsUntil and waitUnit', () => {
  it.each([
    ['2027-02-01T08:00:04.200Z', 1], // a fraction of a second still says 1
    ['2027-02-01T08:00:34Z', 30],
    ['2027-02-01T08:15:04Z', 900],
  ])('until %s: %i s', (until, seconds) => {
    expect(secondsUntil(at(until), at('2027-02-01T08:00:04Z'))).toBe(seconds);
  });
  it('says seconds under two minutes, whole minutes (rounded up) from there', () => {
    expect(waitUnit(5)).toEqual({ seconds: 5 });
    expect(waitUnit(119)).toEqual({ seconds: 119 });
    expect(waitUnit(120)).toEqual({ minutes: 2 });
    expect(waitUnit(899)).toEqual({ minutes: 15 });
  });
});
