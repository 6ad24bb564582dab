// The no-show rule of an office ("2 no-shows in 90 days block online booking for 30 days").
// Pure: the no-show dates, the rule and `now` come in; days are counted on Opole's calendar, so a
// 30-day block ends at the same wall-clock time across a DST change.
import { tz } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { OFFICE_TZ } from './time';

export type NoShowRule = { limit: number; windowDays: number; blockDays: number };

export const DEFAULT_NO_SHOW_RULE: NoShowRule = { limit: 2, windowDays: 90, blockDays: 30 };

function assertRule(rule: NoShowRule) {
  for (const [k, v] of Object.entries(rule))
    if (!Number.isInteger(v) || v < 1)
      throw new RangeError(`no-show rule ${k} must be a positive integer, got ${v}`);
}

const shift = (at: Date, days: number, zone: string) =>
  new Date(addDays(at, days, { in: tz(zone) }).getTime());

/** No-shows (by the visit's start) within the `windowDays` before `at`, `at` included. */
export function countNoShows(dates: Date[], windowDays: number, at: Date, zone: string = OFFICE_TZ): number {
  const from = shift(at, -windowDays, zone).getTime();
  return dates.filter((d) => d.getTime() > from && d.getTime() <= at.getTime()).length;
}

export type NoShowVerdict = { block: false; count: number } | { block: true; count: number; endsAt: Date };

/** Just after a no-show was recorded: does the contact's record now call for a block, until when? */
export function evaluateNoShowRule(input: {
  noShowDates: Date[];
  rule: NoShowRule;
  now: Date;
  zone?: string;
}): NoShowVerdict {
  const zone = input.zone ?? OFFICE_TZ;
  assertRule(input.rule);
  const count = countNoShows(input.noShowDates, input.rule.windowDays, input.now, zone);
  if (count < input.rule.limit) return { block: false, count };
  return { block: true, count, endsAt: shift(input.now, input.rule.blockDays, zone) };
}

/**
 * After a no-show was taken back: a block the rule created stays only if the remaining no-shows
 * still reach the limit, counted either when the block was imposed or now (a later no-show may
 * have happened while the block ran).
 */
export function isRuleBlockJustified(input: {
  noShowDates: Date[];
  rule: NoShowRule;
  blockStartsAt: Date;
  now: Date;
  zone?: string;
}): boolean {
  const zone = input.zone ?? OFFICE_TZ;
  assertRule(input.rule);
  const { noShowDates: dates, rule } = input;
  return (
    countNoShows(dates, rule.windowDays, input.blockStartsAt, zone) >= rule.limit ||
    countNoShows(dates, rule.windowDays, input.now, zone) >= rule.limit
  );
}
