import { describe, expect, it } from 'vitest';
import { DEFAULT_NO_SHOW_RULE, countNoShows, evaluateNoShowRule, isRuleBlockJustified } from './no-show';

const d = (iso: string) => new Date(iso);
const now = d('2026-06-15T10:00:00Z');
const rule = DEFAULT_NO_SHOW_RULE; // 2 in 90 days → 30 days

describe('countNoShows', () => {
  it.each<[string, string[], number]>([
    ['none', [], 0],
    ['one today', ['2026-06-15T08:00:00Z'], 1],
    // 90 calendar days before 12:00 Warsaw (CEST) is 12:00 Warsaw on 17 March (CET) = 11:00Z.
    ['exactly 90 days back is outside', ['2026-03-17T11:00:00Z'], 0],
    ['a minute inside 90 days', ['2026-03-17T11:01:00Z'], 1],
    ['later than now is not counted', ['2026-06-15T10:00:01Z'], 0],
    ['mixed', ['2026-01-01T08:00:00Z', '2026-05-01T08:00:00Z', '2026-06-14T08:00:00Z'], 2],
  ])('%s', (_n, dates, expected) => {
    expect(countNoShows(dates.map(d), 90, now)).toBe(expected);
  });

  it('counts calendar days in Warsaw across the spring DST change', () => {
    // 10 days before 12:00 Warsaw on 3 April (CEST) is 12:00 Warsaw on 24 March (CET) = 11:00Z.
    const at = d('2026-04-03T10:00:00Z');
    expect(countNoShows([d('2026-03-24T11:00:00Z')], 10, at)).toBe(0);
    expect(countNoShows([d('2026-03-24T11:00:01Z')], 10, at)).toBe(1);
  });
});

describe('evaluateNoShowRule', () => {
  it('does not block below the limit', () => {
    expect(evaluateNoShowRule({ noShowDates: [d('2026-06-15T08:00:00Z')], rule, now })).toEqual({
      block: false,
      count: 1,
    });
  });

  it('blocks on reaching the limit, for blockDays from now', () => {
    expect(
      evaluateNoShowRule({ noShowDates: [d('2026-04-01T08:00:00Z'), d('2026-06-15T08:00:00Z')], rule, now }),
    ).toEqual({ block: true, count: 2, endsAt: d('2026-07-15T10:00:00Z') });
  });

  it('ignores no-shows outside the window', () => {
    expect(
      evaluateNoShowRule({ noShowDates: [d('2026-02-01T08:00:00Z'), d('2026-06-15T08:00:00Z')], rule, now })
        .block,
    ).toBe(false);
  });

  it('ends a block at the same wall-clock time across the autumn DST change', () => {
    // 10:00 Warsaw on 20 October (CEST, 08:00Z) + 30 days = 10:00 Warsaw on 19 November (CET, 09:00Z).
    const at = d('2026-10-20T08:00:00Z');
    const v = evaluateNoShowRule({ noShowDates: [at, d('2026-10-01T08:00:00Z')], rule, now: at });
    expect(v).toEqual({ block: true, count: 2, endsAt: d('2026-11-19T09:00:00Z') });
  });

  it('honours an office’s own numbers', () => {
    const strict = { limit: 1, windowDays: 30, blockDays: 7 };
    expect(evaluateNoShowRule({ noShowDates: [d('2026-06-15T08:00:00Z')], rule: strict, now })).toEqual({
      block: true,
      count: 1,
      endsAt: d('2026-06-22T10:00:00Z'),
    });
  });

  it.each([{ limit: 0 }, { windowDays: -1 }, { blockDays: 1.5 }])('refuses a broken rule %o', (bad) => {
    expect(() => evaluateNoShowRule({ noShowDates: [], rule: { ...rule, ...bad }, now })).toThrow(RangeError);
  });
});

describe('isRuleBlockJustified', () => {
  const blockStartsAt = d('2026-06-10T10:00:00Z');
  it.each<[string, string[], boolean]>([
    ['both no-shows remain', ['2026-05-01T08:00:00Z', '2026-06-10T08:00:00Z'], true],
    ['one was taken back', ['2026-06-10T08:00:00Z'], false],
    ['none left', [], false],
    // Taken back the one that caused the block, but another came while it ran.
    ['a later no-show keeps it', ['2026-05-01T08:00:00Z', '2026-06-14T08:00:00Z'], true],
  ])('%s', (_n, dates, expected) => {
    expect(isRuleBlockJustified({ noShowDates: dates.map(d), rule, blockStartsAt, now })).toBe(expected);
  });
});
