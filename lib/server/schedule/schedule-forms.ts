// What the schedule forms post, checked with messages a clerk understands. The rules table posts
// one row per block as `r{n}.{field}`; a row with neither hour filled in is an unused "add" row.
import 'server-only';
import { z } from 'zod';
import type { OpeningRule } from '@/lib/domain/schedule';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { addDays, formatHm, isCalendarDate, parseHm } from '@/lib/domain/time';
import { translator } from '@/lib/i18n/translator';
import { type WithParams, m, withParams } from '@/lib/validation/messages';
import { wholeNumber } from '@/lib/validation/whole-number';

export const SLOT_MIN = 5;
export const SLOT_MAX = 240;
export const COUNTERS_MAX = 50;
export const HORIZON_MAX = 365;

const dayKey = (weekday: number) => `d${weekday}` as `d${1 | 2 | 3 | 4 | 5 | 6 | 7}`;
const MAX_ROWS = 100;

function minutesOf(hm: string): number | undefined {
  try {
    return parseHm(hm);
  } catch {
    return undefined;
  }
}

const duration = (min: number) =>
  [Math.floor(min / 60) && `${Math.floor(min / 60)} h`, min % 60 && `${min % 60} min`]
    .filter(Boolean)
    .join(' ');

/** The "zapisz i odwołaj" part every change that may touch bookings carries. */
const confirmShape = {
  confirm: z.literal('1').optional(),
  expected: z.string().optional(),
  cancelReason: z.string().trim().max(500, m('validation.schedule.cancelReasonTooLong')).optional(),
};
type ConfirmFields = { confirm?: '1'; expected?: string; cancelReason?: string };

export type Confirmation = { expected: string[]; reason: string };

function confirmationOf(d: ConfirmFields): Confirmation | undefined {
  if (d.confirm !== '1') return undefined;
  // The reason's length is checked by the use case, which can then show the list again with it.
  return { expected: (d.expected ?? '').split(',').filter(Boolean), reason: d.cancelReason ?? '' };
}

const categoryId = z.uuid(m('validation.schedule.category'));

export type RuleInput = Required<OpeningRule>;

/** One block of the table, or undefined for an empty / removed row; problems go to `ctx`. */
function parseRow(v: Record<string, unknown>, n: number, ctx: z.RefinementCtx): RuleInput | undefined {
  const get = (f: string) => String(v[`r${n}.${f}`] ?? '').trim();
  const issue = (f: string, said: MessageKey | WithParams) =>
    ctx.addIssue({
      code: 'custom',
      path: [`r${n}.${f}`],
      ...(typeof said === 'string' ? { message: said } : said),
    });
  if (get('remove') === 'on' || (!get('opens') && !get('closes'))) return undefined;

  const weekday = Number(get('weekday'));
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7)
    issue('opens', m('validation.schedule.weekday'));
  const opensAt = minutesOf(get('opens'));
  const closesAt = minutesOf(get('closes'));
  if (!get('opens')) issue('opens', m('validation.schedule.opensMissing'));
  else if (opensAt === undefined) issue('opens', m('validation.schedule.opensFormat'));
  if (!get('closes')) issue('closes', m('validation.schedule.closesMissing'));
  else if (closesAt === undefined) issue('closes', m('validation.schedule.closesFormat'));
  else if (opensAt !== undefined && closesAt <= opensAt)
    issue('closes', withParams('validation.schedule.closesBeforeOpens', { opens: formatHm(opensAt) }));

  const slot = Number(get('slot'));
  let slotOk = false;
  if (!get('slot') || !Number.isInteger(slot)) issue('slot', m('validation.schedule.slotMissing'));
  else if (slot < SLOT_MIN)
    issue('slot', withParams('validation.schedule.slotTooShort', { min: String(SLOT_MIN) }));
  else if (slot > SLOT_MAX)
    issue('slot', withParams('validation.schedule.slotTooLong', { max: String(SLOT_MAX) }));
  else slotOk = true;
  if (slotOk && opensAt !== undefined && closesAt !== undefined && closesAt > opensAt) {
    const length = closesAt - opensAt;
    if (slot > length)
      issue(
        'slot',
        withParams('validation.schedule.slotLongerThanBlock', {
          slot: String(slot),
          opens: formatHm(opensAt),
          closes: formatHm(closesAt),
        }),
      );
    else if (length % slot)
      issue(
        'slot',
        withParams('validation.schedule.slotRemainder', {
          opens: formatHm(opensAt),
          closes: formatHm(closesAt),
          length: duration(length),
          slot: String(slot),
          rest: String(length % slot),
        }),
      );
  }

  const counters = Number(get('counters'));
  if (!get('counters') || !Number.isInteger(counters) || counters < 1 || counters > COUNTERS_MAX)
    issue('counters', withParams('validation.schedule.counters', { max: String(COUNTERS_MAX) }));

  const validFrom = get('from') || null;
  const validTo = get('to') || null;
  if (validFrom && !isCalendarDate(validFrom)) issue('from', m('validation.schedule.date'));
  if (validTo && !isCalendarDate(validTo)) issue('to', m('validation.schedule.date'));
  else if (validFrom && validTo && validTo < validFrom)
    issue('to', m('validation.schedule.validToBeforeFrom'));

  if (opensAt === undefined || closesAt === undefined) return undefined;
  return { weekday, opensAt, closesAt, slotMinutes: slot, counters, validFrom, validTo };
}

const periodsOverlap = (a: RuleInput, b: RuleInput) =>
  (!a.validFrom || !b.validTo || a.validFrom <= b.validTo) &&
  (!b.validFrom || !a.validTo || b.validFrom <= a.validTo);

/** The whole weekly table. Blocks of one day may not overlap: a time would get two capacities. */
export const rulesFormSchema = z.looseObject({ categoryId, ...confirmShape }).transform((v, ctx) => {
  const rows = [...new Set(Object.keys(v).flatMap((k) => /^r(\d{1,3})\.\w+$/.exec(k)?.[1] ?? []))].map(
    Number,
  );
  if (rows.length > MAX_ROWS) {
    ctx.addIssue({ code: 'custom', path: ['rules'], message: m('validation.schedule.tooManyRows') });
    return z.NEVER;
  }
  const parsed: { n: number; rule: RuleInput }[] = [];
  for (const n of rows.sort((a, b) => a - b)) {
    const rule = parseRow(v, n, ctx);
    if (rule) parsed.push({ n, rule });
  }
  const t = translator(); // the day's name, a parameter of the overlap's sentence
  for (const [i, a] of parsed.entries()) {
    const clash = parsed
      .slice(0, i)
      .find(
        (b) =>
          b.rule.weekday === a.rule.weekday &&
          a.rule.opensAt < b.rule.closesAt &&
          b.rule.opensAt < a.rule.closesAt &&
          periodsOverlap(a.rule, b.rule),
      );
    if (clash)
      ctx.addIssue({
        code: 'custom',
        path: [`r${a.n}.opens`],
        ...withParams('validation.schedule.overlap', {
          opens: formatHm(clash.rule.opensAt),
          closes: formatHm(clash.rule.closesAt),
          day: t(`schedule.weekdayLocative.${dayKey(a.rule.weekday)}`),
        }),
      });
  }
  const confirmation = confirmationOf(v as ConfirmFields);
  return { categoryId: v.categoryId, rules: parsed.map((p) => p.rule), confirmation };
});

export const horizonSchema = z.object({
  categoryId,
  horizonDays: wholeNumber(HORIZON_MAX, () =>
    withParams('validation.schedule.horizon', { max: String(HORIZON_MAX) }),
  ),
});

const date = (message: string) => z.string().trim().refine(isCalendarDate, message);

export const closureSchema = z
  .object({
    categoryId,
    scope: z.enum(['category', 'office'], { message: m('validation.schedule.scope') }),
    fromDate: z
      .string()
      .trim()
      .min(1, m('validation.schedule.fromMissing'))
      .pipe(date(m('validation.schedule.fromDate'))),
    toDate: z
      .union([z.literal('').transform(() => undefined), date(m('validation.schedule.toDate'))])
      .optional(),
    reason: z
      .string()
      .trim()
      .min(3, m('validation.schedule.reason'))
      .max(200, m('validation.schedule.reasonTooLong')),
    ...confirmShape,
  })
  .transform((d, ctx) => {
    const toDate = d.toDate ?? d.fromDate;
    if (toDate < d.fromDate)
      ctx.addIssue({
        code: 'custom',
        path: ['toDate'],
        message: m('validation.schedule.toBeforeFrom'),
      });
    else if (toDate > addDays(d.fromDate, 365))
      ctx.addIssue({
        code: 'custom',
        path: ['toDate'],
        message: m('validation.schedule.tooLong'),
      });
    const confirmation = confirmationOf(d);
    return {
      categoryId: d.categoryId,
      scope: d.scope,
      fromDate: d.fromDate,
      toDate,
      reason: d.reason,
      confirmation,
    };
  });

export const closureIdSchema = z.object({ closureId: z.uuid(m('validation.schedule.closure')) });
