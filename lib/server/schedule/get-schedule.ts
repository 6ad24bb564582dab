import 'server-only';
import { LRUCache } from 'lru-cache';
import { type Closure, type DayPlan, type OpeningRule, planDate } from '@/lib/domain/schedule';
import { type Db, prisma } from '@/lib/server/core/db';
import { processSingleton } from '@/lib/server/core/process-singleton';

/**
 * A category's schedule as one statement read it, with the version the database gave it then
 * (ServiceCategory.scheduleVersion, bumped by triggers with every change of the rules, closures,
 * horizon or hold minutes: migration 20261207140000). `plans` remembers each date's plan from
 * these rules (planDate, which does not depend on the clock): the calendar plans the same dates
 * on every view.
 */
export type Schedule = {
  categoryId: string;
  officeId: string;
  version: number;
  rules: OpeningRule[];
  closures: Closure[];
  horizonDays: number;
  holdMinutes: number;
  plans: (date: string) => DayPlan;
};

type Row = Omit<Schedule, 'categoryId' | 'plans'>;

// A date's plan is remembered for the dates asked; a crafted post may ask any date of a century,
// so each schedule remembers a bounded number of them (more than the calendar ever shows).
const PLANNED_DATES = 400;
// Categories are few; a made-up id finds no row and is not remembered.
const copies = processSingleton('scheduleCopies', () => new LRUCache<string, Schedule>({ max: 1_000 }));

/**
 * Reads a category's schedule in one statement (one snapshot: the version and the rules it
 * describes cannot disagree), on `db`: a transaction that holds the category's row reads what
 * stays true until it ends. Remembered for later readers. Null for no such category.
 */
export async function readSchedule(categoryId: string, db: Db = prisma): Promise<Schedule | null> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT c."officeId", c."scheduleVersion" AS version, c."horizonDays", c."holdMinutes",
      COALESCE((SELECT json_agg(json_build_object(
          'weekday', r.weekday, 'opensAt', r."opensAt", 'closesAt', r."closesAt",
          'slotMinutes', r."slotMinutes", 'counters', r.counters,
          'validFrom', r."validFrom", 'validTo', r."validTo"))
        FROM "OpeningRule" r WHERE r."categoryId" = c.id), '[]') AS rules,
      COALESCE((SELECT json_agg(json_build_object('from', x."fromDate", 'to', x."toDate", 'reason', x.reason))
        FROM "Closure" x
        WHERE x."officeId" = c."officeId" AND (x."categoryId" IS NULL OR x."categoryId" = c.id)), '[]') AS closures
    FROM "ServiceCategory" c WHERE c.id = ${categoryId}::uuid`;
  if (!row) return null;
  const dates = new LRUCache<string, DayPlan>({ max: PLANNED_DATES });
  const schedule: Schedule = {
    ...row,
    categoryId,
    plans: (date) => {
      let plan = dates.get(date);
      if (!plan) dates.set(date, (plan = planDate(date, schedule)));
      return plan;
    },
  };
  const known = copies.get(categoryId);
  // Of two readers finishing in either order, the newer version stays.
  if (!known || known.version <= schedule.version) copies.set(categoryId, schedule);
  return schedule;
}

/**
 * This process's copy of the schedule, as it was at some moment (read now when there is none).
 * Good for planning; whoever must be right checks `version` against the database: the hold
 * under the category's lock (hold-slot.ts), the calendar with the seats it reads anyway
 * (list-calendar-days.ts).
 */
export async function getSchedule(categoryId: string): Promise<Schedule | null> {
  return copies.get(categoryId) ?? readSchedule(categoryId);
}

/** The copy when it is at `version`, else the schedule read again. */
export async function getScheduleAt(categoryId: string, version: number): Promise<Schedule | null> {
  const known = copies.get(categoryId);
  return known && known.version === version ? known : readSchedule(categoryId);
}
