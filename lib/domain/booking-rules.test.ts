import { describe, expect, it } from 'vitest';
import { checkResend, holdExpiry, isHoldLive } from './booking-rules';

const t0 = new Date('2026-12-01T08:00:00Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);

describe('isHoldLive', () => {
  const expires = plus(60 * 60_000);
  it.each([
    ['at the start', t0, true],
    ['one millisecond before 60 minutes', plus(60 * 60_000 - 1), true],
    ['at exactly 60 minutes', plus(60 * 60_000), false],
    ['after', plus(61 * 60_000), false],
  ])('%s', (_w, now, live) => expect(isHoldLive(expires, now)).toBe(live));
  it('a booking without a hold time is not a live hold', () => expect(isHoldLive(null, t0)).toBe(false));
});

describe('holdExpiry', () => {
  it.each([
    ['a visit days ahead: the hold time', plus(3 * 86_400_000), 60, plus(60 * 60_000)],
    ['a visit just after the hold time', plus(61 * 60_000), 60, plus(60 * 60_000)],
    ['a visit at the end of the hold time', plus(60 * 60_000), 60, plus(60 * 60_000)],
    ['a visit in 10 minutes: its start', plus(10 * 60_000), 60, plus(10 * 60_000)],
    ['a shorter hold time of the category', plus(3 * 86_400_000), 15, plus(15 * 60_000)],
  ])('%s', (_w, startsAt, minutes, expected) => expect(holdExpiry(t0, minutes, startsAt)).toEqual(expected));
});

describe('checkResend', () => {
  it.each([
    [0, t0, plus(60_000), { ok: true }],
    [0, t0, plus(59_000), { ok: false, reason: 'too-soon', waitSeconds: 1 }],
    [2, t0, plus(120_000), { ok: true }],
    [3, t0, plus(600_000), { ok: false, reason: 'limit' }],
  ])('after %i re-sends', (resends, last, now, expected) =>
    expect(checkResend(resends, last, now)).toEqual(expected),
  );
});
