// What the schedule forms post, checked with messages a clerk understands. The rules table posts
// one row per block as `r{n}.{field}`; a row with neither hour filled in is an unused "add" row.
import 'server-only';
import { z } from 'zod';
import type { OpeningRule } from '@/lib/domain/schedule';
import { addDays, formatHm, isCalendarDate, parseHm } from '@/lib/domain/time';

export const SLOT_MIN = 5;
export const SLOT_MAX = 240;
export const COUNTERS_MAX = 50;
export const HORIZON_MAX = 365;
const MAX_ROWS = 100;

const WEEKDAY_LOCATIVE = [
  '',
  'w poniedziałek',
  'we wtorek',
  'w środę',
  'w czwartek',
  'w piątek',
  'w sobotę',
  'w niedzielę',
];

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
  cancelReason: z.string().trim().max(500, 'Powód może mieć najwyżej 500 znaków.').optional(),
};
type ConfirmFields = { confirm?: '1'; expected?: string; cancelReason?: string };

export type Confirmation = { expected: string[]; reason: string };

function confirmationOf(d: ConfirmFields): Confirmation | undefined {
  if (d.confirm !== '1') return undefined;
  // The reason's length is checked by the use case, which can then show the list again with it.
  return { expected: (d.expected ?? '').split(',').filter(Boolean), reason: d.cancelReason ?? '' };
}

const categoryId = z.uuid('Nie wskazano kategorii. Wybierz ją z listy i spróbuj ponownie.');

export type RuleInput = Required<OpeningRule>;

/** One block of the table, or undefined for an empty / removed row; problems go to `ctx`. */
function parseRow(v: Record<string, unknown>, n: number, ctx: z.RefinementCtx): RuleInput | undefined {
  const get = (f: string) => String(v[`r${n}.${f}`] ?? '').trim();
  const issue = (f: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [`r${n}.${f}`], message });
  if (get('remove') === 'on' || (!get('opens') && !get('closes'))) return undefined;

  const weekday = Number(get('weekday'));
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7)
    issue('opens', 'Nieprawidłowy dzień tygodnia.');
  const opensAt = minutesOf(get('opens'));
  const closesAt = minutesOf(get('closes'));
  if (!get('opens')) issue('opens', 'Podaj godzinę otwarcia.');
  else if (opensAt === undefined) issue('opens', 'Wpisz godzinę w formacie GG:MM, np. 07:30.');
  if (!get('closes')) issue('closes', 'Podaj godzinę zamknięcia.');
  else if (closesAt === undefined) issue('closes', 'Wpisz godzinę w formacie GG:MM, np. 15:30.');
  else if (opensAt !== undefined && closesAt <= opensAt)
    issue('closes', `Godzina zamknięcia musi być późniejsza niż otwarcia (${formatHm(opensAt)}).`);

  const slot = Number(get('slot'));
  let slotOk = false;
  if (!get('slot') || !Number.isInteger(slot)) issue('slot', 'Podaj długość wizyty w pełnych minutach.');
  else if (slot < SLOT_MIN) issue('slot', `Wizyta musi trwać co najmniej ${SLOT_MIN} minut.`);
  else if (slot > SLOT_MAX) issue('slot', `Wizyta może trwać najwyżej ${SLOT_MAX} minut.`);
  else slotOk = true;
  if (slotOk && opensAt !== undefined && closesAt !== undefined && closesAt > opensAt) {
    const length = closesAt - opensAt;
    if (slot > length)
      issue(
        'slot',
        `Wizyta (${slot} min) jest dłuższa niż cały blok ${formatHm(opensAt)}–${formatHm(closesAt)}.`,
      );
    else if (length % slot)
      issue(
        'slot',
        `Od ${formatHm(opensAt)} do ${formatHm(closesAt)} (${duration(length)}) nie mieści się pełna liczba wizyt po ${slot} min — ` +
          `ostatnie ${length % slot} min przepadłoby. Zmień godzinę zamknięcia lub długość wizyty.`,
      );
  }

  const counters = Number(get('counters'));
  if (!get('counters') || !Number.isInteger(counters) || counters < 1 || counters > COUNTERS_MAX)
    issue('counters', `Liczba stanowisk musi być liczbą całkowitą od 1 do ${COUNTERS_MAX}.`);

  const validFrom = get('from') || null;
  const validTo = get('to') || null;
  if (validFrom && !isCalendarDate(validFrom)) issue('from', 'Podaj poprawną datę.');
  if (validTo && !isCalendarDate(validTo)) issue('to', 'Podaj poprawną datę.');
  else if (validFrom && validTo && validTo < validFrom)
    issue('to', 'Data „obowiązuje do” nie może być wcześniejsza niż „obowiązuje od”.');

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
    ctx.addIssue({ code: 'custom', path: ['rules'], message: 'Za dużo bloków w jednym formularzu.' });
    return z.NEVER;
  }
  const parsed: { n: number; rule: RuleInput }[] = [];
  for (const n of rows.sort((a, b) => a - b)) {
    const rule = parseRow(v, n, ctx);
    if (rule) parsed.push({ n, rule });
  }
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
        message: `Ten blok nachodzi na blok ${formatHm(clash.rule.opensAt)}–${formatHm(clash.rule.closesAt)} ${WEEKDAY_LOCATIVE[a.rule.weekday]}.`,
      });
  }
  const confirmation = confirmationOf(v as ConfirmFields);
  return { categoryId: v.categoryId, rules: parsed.map((p) => p.rule), confirmation };
});

export const horizonSchema = z.object({
  categoryId,
  horizonDays: z.coerce
    .number({ message: `Podaj liczbę dni od 1 do ${HORIZON_MAX}.` })
    .int(`Podaj liczbę dni od 1 do ${HORIZON_MAX}.`)
    .min(1, `Podaj liczbę dni od 1 do ${HORIZON_MAX}.`)
    .max(HORIZON_MAX, `Podaj liczbę dni od 1 do ${HORIZON_MAX}.`),
});

const date = (what: string) =>
  z.string().trim().refine(isCalendarDate, `Podaj poprawną datę ${what} (dzień, miesiąc, rok).`);

export const closureSchema = z
  .object({
    categoryId,
    scope: z.enum(['category', 'office'], { message: 'Wybierz, czego dotyczy zamknięcie.' }),
    fromDate: z.string().trim().min(1, 'Podaj pierwszy dzień zamknięcia.').pipe(date('początkową')),
    toDate: z.union([z.literal('').transform(() => undefined), date('końcową')]).optional(),
    reason: z
      .string()
      .trim()
      .min(3, 'Podaj powód zamknięcia — zobaczą go mieszkańcy w kalendarzu.')
      .max(200, 'Powód może mieć najwyżej 200 znaków.'),
    ...confirmShape,
  })
  .transform((d, ctx) => {
    const toDate = d.toDate ?? d.fromDate;
    if (toDate < d.fromDate)
      ctx.addIssue({
        code: 'custom',
        path: ['toDate'],
        message: 'Data końcowa nie może być wcześniejsza niż początkowa.',
      });
    else if (toDate > addDays(d.fromDate, 365))
      ctx.addIssue({
        code: 'custom',
        path: ['toDate'],
        message: 'Jedno zamknięcie może trwać najwyżej rok.',
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

export const closureIdSchema = z.object({ closureId: z.uuid('Nie wskazano zamknięcia.') });
