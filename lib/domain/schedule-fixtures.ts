// Shared test fixtures for the schedule tests; not imported by production code.
import { planDay, type OpeningRule, type ScheduleInput } from './schedule';
import { parseHm } from './time';

export function rule(
  weekday: number,
  opens: string,
  closes: string,
  slotMinutes: number,
  counters: number,
  extra: Partial<OpeningRule> = {},
): OpeningRule {
  return { weekday, opensAt: parseHm(opens), closesAt: parseHm(closes), slotMinutes, counters, ...extra };
}

// Mon–Fri 08:00–15:00 in 30-minute slots at 2 counters, plus a Monday
// afternoon block 15:30–17:00 at 1 counter: 14 + 3 = 17 slots on a Monday.
export const OFFICE_RULES: OpeningRule[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => rule(weekday, '08:00', '15:00', 30, 2)),
  rule(1, '15:30', '17:00', 30, 1),
];

export function input(now: string, overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return { rules: OFFICE_RULES, closures: [], horizonDays: 30, now: new Date(now), ...overrides };
}

export const iso = (d: Date) => d.toISOString();
export const starts = (date: string, inp: ScheduleInput) =>
  planDay(date, inp).slots.map((s) => iso(s.startsAt));
