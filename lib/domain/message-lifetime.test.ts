import { describe, expect, it } from 'vitest';
import { atLeastADay, backoffMs, HOUR_MS, MIN_LIFETIME_MS, nextAttemptAt } from './message-lifetime';

const now = new Date('2026-12-01T08:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('message lifetimes', () => {
  it.each([
    ['no reason to end sooner', undefined, at(MIN_LIFETIME_MS)],
    ['a visit tomorrow morning', at(20 * HOUR_MS), at(MIN_LIFETIME_MS)],
    ['a visit in a week', at(7 * 24 * HOUR_MS), at(7 * 24 * HOUR_MS)],
  ])('lasts at least a day: %s', (_, until, expected) => {
    expect(atLeastADay(now, until)).toEqual(expected);
  });

  it('waits 30 s, 1, 2, 4, 8 … min, at most an hour, for a message living a day', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((a) => backoffMs(a) / 1000)).toEqual([
      30, 60, 120, 240, 480, 960, 1920, 3600, 3600,
    ]);
  });

  it('tries a code living an hour at least every 6 minutes', () => {
    expect([1, 2, 3, 4, 5, 9].map((a) => backoffMs(a, HOUR_MS) / 1000)).toEqual([30, 60, 120, 240, 360, 360]);
  });

  it('never schedules a try after the end of the lifetime', () => {
    const life = { createdAt: now, expiresAt: at(10 * 60_000) };
    expect(nextAttemptAt(at(60_000), 1, life)).toEqual(at(90_000));
    expect(nextAttemptAt(at(9 * 60_000), 4, life)).toEqual(life.expiresAt);
  });
});
