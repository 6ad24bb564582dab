import { findPublicHoliday } from './holidays';
import { OFFICE_TZ, addDays, atLocalTime, isoWeekday, localDateOf } from './time';

export type OpeningRule = {
  weekday: number /* 1..7 ISO */;
  opensAt: number /* minutes since local midnight */;
  closesAt: number /* minutes since local midnight */;
  slotMinutes: number;
  counters: number;
  validFrom?: string | null /* YYYY-MM-DD inclusive */;
  validTo?: string | null /* YYYY-MM-DD inclusive */;
};
export type Closure = { from: string; to: string /* YYYY-MM-DD inclusive */; reason: string };
export type DayStatus = 'open' | 'closed' | 'holiday' | 'not-released' | 'past';
export type Slot = { startsAt: Date; endsAt: Date; capacity: number };
export type DayPlan = { date: string; status: DayStatus; reason?: string; slots: Slot[] };
export type ScheduleInput = {
  rules: OpeningRule[];
  closures: Closure[];
  horizonDays: number;
  now: Date;
  zone?: string;
};

const MINUTE_MS = 60_000;

/** Local dates open for booking: today through today + horizonDays, inclusive. */
export function releaseWindow(
  now: Date,
  horizonDays: number,
  zone: string = OFFICE_TZ,
): { first: string; last: string } {
  if (!Number.isInteger(horizonDays) || horizonDays < 0) {
    throw new RangeError(`horizonDays must be a non-negative integer, got ${horizonDays}`);
  }
  // "Today" is the office's today: just after midnight in Opole it is still
  // yesterday in UTC, and the window must already have moved on.
  const first = localDateOf(now, zone);
  return { first, last: addDays(first, horizonDays) };
}

function appliesOn(rule: OpeningRule, date: string): boolean {
  // YYYY-MM-DD strings order the same way as the dates they name.
  return (
    rule.weekday === isoWeekday(date) &&
    (!rule.validFrom || rule.validFrom <= date) &&
    (!rule.validTo || date <= rule.validTo)
  );
}

function generateSlots(date: string, rule: OpeningRule, zone: string): Slot[] {
  if (!Number.isInteger(rule.slotMinutes) || rule.slotMinutes <= 0) {
    // Would otherwise loop forever; this is bad configuration, not a user error.
    throw new RangeError(`slotMinutes must be a positive integer, got ${rule.slotMinutes}`);
  }
  // Step in elapsed time between the opening and closing instants rather than
  // along the wall clock: on DST Sundays the wall clock skips or repeats an
  // hour, and stepping it would yield duplicate or zero-length slots. This way
  // slots never overlap and each lasts exactly slotMinutes of real time.
  const opensAt = atLocalTime(date, rule.opensAt, zone).getTime();
  const closesAt = atLocalTime(date, rule.closesAt, zone).getTime();
  const step = rule.slotMinutes * MINUTE_MS;
  const slots: Slot[] = [];
  for (let start = opensAt; start + step <= closesAt; start += step) {
    slots.push({ startsAt: new Date(start), endsAt: new Date(start + step), capacity: rule.counters });
  }
  return slots;
}

/** The rules of a schedule without the clock: what a date's plan depends on whenever it is asked. */
export type ScheduleRules = Pick<ScheduleInput, 'rules' | 'closures' | 'zone'>;

/**
 * What the rules give one local date, whatever the moment of asking: a holiday, a closure, no
 * rule (closed), or open with every slot of the day. `planDay` adds the release window and the
 * clock; a caller that plans the same dates again and again (the public calendar) may remember
 * these, which depend on the rules alone.
 */
export function planDate(date: string, input: ScheduleRules): DayPlan {
  const zone = input.zone ?? OFFICE_TZ;
  const holiday = findPublicHoliday(date);
  if (holiday) return { date, status: 'holiday', reason: holiday.name, slots: [] };

  const closure = input.closures.find((c) => c.from <= date && date <= c.to);
  if (closure) return { date, status: 'closed', reason: closure.reason, slots: [] };

  const rules = input.rules.filter((rule) => appliesOn(rule, date));
  if (rules.length === 0) return { date, status: 'closed', slots: [] };
  const slots = rules
    .flatMap((rule) => generateSlots(date, rule, zone))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { date, status: 'open', slots };
}

/**
 * A date as seen at `now`: before the release window it is past, after it not yet released (its
 * rules are not even read); inside, its plan (`plans`: planDate or a remembered copy) without the
 * slots that have already begun, which cannot be reached in time. The day stays 'open' even if
 * nothing is left: it is a working day, just fully elapsed, which the UI words differently from
 * "closed".
 */
function seenAt(
  date: string,
  window: { first: string; last: string },
  now: Date,
  plans: (date: string) => DayPlan,
): DayPlan {
  if (date < window.first) return { date, status: 'past', slots: [] };
  if (date > window.last) return { date, status: 'not-released', slots: [] };
  const plan = plans(date);
  if (plan.status !== 'open') return plan;
  const at = now.getTime();
  return { ...plan, slots: plan.slots.filter((slot) => slot.startsAt.getTime() > at) };
}

/**
 * What the office offers on one local date, as seen at `input.now`. `plans` gives a date's plan
 * from the rules (planDate, or a remembered copy of it).
 */
export function planDay(
  date: string,
  input: ScheduleInput,
  plans: (date: string) => DayPlan = (d) => planDate(d, input),
): DayPlan {
  const window = releaseWindow(input.now, input.horizonDays, input.zone ?? OFFICE_TZ);
  return seenAt(date, window, input.now, plans);
}

/** Plans every local date from `from` to `to`, both inclusive (`plans` as for planDay). */
export function planRange(
  from: string,
  to: string,
  input: ScheduleInput,
  plans: (date: string) => DayPlan = (d) => planDate(d, input),
): DayPlan[] {
  const window = releaseWindow(input.now, input.horizonDays, input.zone ?? OFFICE_TZ);
  const out: DayPlan[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) out.push(seenAt(date, window, input.now, plans));
  return out;
}

/** The earliest bookable slot from `fromDate` (default: today) to the horizon. */
export function nextOpenSlot(input: ScheduleInput, fromDate?: string): Slot | null {
  const window = releaseWindow(input.now, input.horizonDays, input.zone ?? OFFICE_TZ);
  const start = fromDate && fromDate > window.first ? fromDate : window.first;
  for (let date = start; date <= window.last; date = addDays(date, 1)) {
    const [first] = planDay(date, input).slots;
    if (first) return first;
  }
  return null;
}
