// The release of `npm run bench:rush`: a seeded category given one day of its own per phase (a
// rule valid on that date only: `slots` times of 15 minutes from 07:30, `counters` seats each),
// released as an administrator releases days, by moving the category's horizon through the
// app's own use cases; and, after the rush, the database's word on capacity.
// Run by scripts/lib/bench/app-script.mjs; commands:
//   {"do":"setup","office":O,"category":C,"slots":S,"counters":K,"days":D} → D dates, none released
//   {"do":"release","date":"YYYY-MM-DD"}  → the date bookable now, with its times
//   {"do":"check","dates":[…]}            → seats, held, confirmed and times over capacity per date
import { findPublicHoliday } from '@/lib/domain/holidays';
import { planDay } from '@/lib/domain/schedule';
import { addDays, isoWeekday, localDateOf } from '@/lib/domain/time';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { sayMessage, translator } from '@/lib/i18n/translator';
import { prisma } from '@/lib/server/core/db';
import { loadScheduleInput } from '@/lib/server/schedule/load-schedule-input';
import { saveHorizon } from '@/lib/server/schedule/save-horizon';
import { saveOpeningRules } from '@/lib/server/schedule/save-opening-rules';
import type { Staff } from '@/lib/server/staff/guard';
import { FLOW_NOTICES } from '@/lib/validation/booking';
import { type Message, serveCommands } from './app-script-io';

const OPENS_AT = 7 * 60 + 30;
const SLOT_MINUTES = 15;
/** The first phase's day is this many days ahead: tomorrow's date never depends on the hour. */
const DAYS_AHEAD = 7;

let admin: Staff;
let categoryId: string;
let today: string;

const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The refusal kinds (the keys of `refusals` below) of the codes a redirect carries. */
const NOTICE_KINDS: Record<(typeof FLOW_NOTICES)[keyof typeof FLOW_NOTICES], string> = {
  'errors.SLOT_TAKEN': 'taken',
  'errors.SLOT_UNAVAILABLE': 'unavailable',
  'flow.restart': 'restart',
};

/** The sentence of a catalogue key up to its first parameter: what a refusal starts with. */
const opening = (key: MessageKey) =>
  sayMessage(translator(), { key, params: { minutes: '\u0000', phone: '\u0000', left: '\u0000' } }).split(
    '\u0000',
  )[0]!;

async function setup(command: Message) {
  const slots = Number(command.slots);
  const counters = Number(command.counters);
  const days = Number(command.days ?? 2);
  const a = await prisma.staffUser.findFirst({
    where: { role: 'ADMIN', active: true },
    select: { id: true, email: true, name: true, role: true, officeId: true },
  });
  if (!a) throw new Error('the seed has made no administrator');
  admin = a;
  const category = await prisma.serviceCategory.findFirst({
    where: { slug: String(command.category), office: { slug: String(command.office) } },
    select: {
      id: true,
      matters: { where: { active: true, requiresApplicationNumber: false }, select: { slug: true } },
    },
  });
  if (!category?.matters[0])
    throw new Error(`no category ${String(command.office)}/${String(command.category)}`);
  categoryId = category.id;
  today = localDateOf(new Date());
  // Consecutive working days (public holidays are closed whatever the rules say).
  let first = addDays(today, DAYS_AHEAD);
  const dates: string[] = [];
  while (dates.length < days) {
    const date = addDays(first, dates.length);
    if (findPublicHoliday(date)) {
      first = addDays(date, 1);
      dates.length = 0;
    } else dates.push(date);
  }
  // Only these dates have times, and none is released yet.
  await saveOpeningRules(
    admin,
    {
      categoryId,
      rules: dates.map((date) => ({
        weekday: isoWeekday(date),
        opensAt: OPENS_AT,
        closesAt: OPENS_AT + slots * SLOT_MINUTES,
        slotMinutes: SLOT_MINUTES,
        counters,
        validFrom: date,
        validTo: date,
      })),
    },
    new Date(),
  );
  await saveHorizon(admin, { categoryId, horizonDays: daysFrom(today, dates[0]!) - 1 });
  return {
    categoryId,
    matter: category.matters[0].slug,
    dates,
    seats: slots * counters,
    refusals: {
      taken: opening('errors.SLOT_TAKEN'),
      unavailable: opening('errors.SLOT_UNAVAILABLE'),
      'contact busy': opening('errors.CONTACT_BUSY'),
      'rate limited': opening('flow.rateLimited'),
      restart: opening('flow.restart'),
      'server error': opening('flow.submitFailed'),
    },
    // A refused "Zarezerwuj" answered with the day's page: the reason's code in its URL, by kind.
    notices: Object.fromEntries(Object.entries(FLOW_NOTICES).map(([code, key]) => [code, NOTICE_KINDS[key]])),
    confirmed: translator()('flow.confirmed'),
    wrongCode: opening('flow.wrongCode'),
  };
}

/** Releases `date` (and every date before it): the category's horizon now reaches it. */
async function release(command: Message) {
  const date = String(command.date);
  await saveHorizon(admin, { categoryId, horizonDays: daysFrom(today, date) });
  const plan = planDay(date, await loadScheduleInput(categoryId, new Date()));
  if (plan.status !== 'open') throw new Error(`${date} is ${plan.status} after its release`);
  return { date, times: plan.slots.map((s) => s.startsAt.toISOString()) };
}

/** Per date: seats offered, live holds and confirmed visits, and times holding more than their seats. */
async function check(command: Message) {
  const now = new Date();
  const input = await loadScheduleInput(categoryId, now);
  const days = [];
  for (const date of command.dates as string[]) {
    const capacity = new Map(planDay(date, input).slots.map((s) => [s.startsAt.getTime(), s.capacity]));
    const rows = await prisma.booking.groupBy({
      by: ['startsAt', 'status'],
      where: {
        categoryId,
        startsAt: {
          gte: new Date(`${addDays(date, -1)}T00:00:00Z`),
          lt: new Date(`${addDays(date, 1)}T23:59:59Z`),
        },
        OR: [{ status: 'CONFIRMED' }, { status: 'HELD', holdExpiresAt: { gt: now } }],
      },
      _count: { _all: true },
    });
    const taken = new Map<number, number>();
    let held = 0;
    let confirmed = 0;
    for (const r of rows) {
      if (localDateOf(r.startsAt) !== date) continue;
      taken.set(r.startsAt.getTime(), (taken.get(r.startsAt.getTime()) ?? 0) + r._count._all);
      if (r.status === 'HELD') held += r._count._all;
      else confirmed += r._count._all;
    }
    const over = [...taken].filter(([at, n]) => n > (capacity.get(at) ?? 0)).length;
    const seats = [...capacity.values()].reduce((a, b) => a + b, 0);
    days.push({ date, seats, held, confirmed, overCapacity: over });
  }
  return { days };
}

await serveCommands({ setup, release, check }, () => prisma.$disconnect());
