import { type ScheduleInput, planDay } from './schedule';
import { OFFICE_TZ, localDateOf } from './time';

/** A live booking as the impact check needs it; callers may carry more fields along. */
export type BookedVisit = { id: string; startsAt: Date; createdAt: Date };

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  // YYYY-MM-DD parses as UTC midnight, where every day has 24 h.
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/**
 * Capacity of every start time the planner offers on `dates`. The release horizon is widened to
 * reach them all: it only decides when new times are offered, and shortening it must never take
 * away a visit that is already booked.
 */
export function slotCapacities(input: ScheduleInput, dates: readonly string[]): Map<number, number> {
  const zone = input.zone ?? OFFICE_TZ;
  const capacity = new Map<number, number>();
  if (!dates.length) return capacity;
  const today = localDateOf(input.now, zone);
  const last = [...dates].sort().at(-1)!;
  const open = { ...input, horizonDays: Math.max(input.horizonDays, daysBetween(today, last), 0) };
  for (const date of new Set(dates)) {
    for (const slot of planDay(date, open).slots) {
      // With overlapping blocks the first slot wins, as when a time is held (holdSlot).
      if (!capacity.has(slot.startsAt.getTime())) capacity.set(slot.startsAt.getTime(), slot.capacity);
    }
  }
  return capacity;
}

/**
 * Ids of the bookings a schedule can serve: per start time that the planner offers, the first
 * `capacity` bookings in booking order (who booked first keeps the seat).
 */
function servedBy<T extends BookedVisit>(bookings: readonly T[], input: ScheduleInput): Set<string> {
  const zone = input.zone ?? OFFICE_TZ;
  const capacity = slotCapacities(
    input,
    bookings.map((b) => localDateOf(b.startsAt, zone)),
  );
  const ordered = [...bookings].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  const served = new Set<string>();
  const used = new Map<number, number>();
  for (const b of ordered) {
    const t = b.startsAt.getTime();
    const n = used.get(t) ?? 0;
    if (n < (capacity.get(t) ?? 0)) {
      served.add(b.id);
      used.set(t, n + 1);
    }
  }
  return served;
}

/**
 * The bookings a schedule change would drop: served by the current schedule, but whose time no
 * longer exists under the proposed one, or which no longer fit its capacity. A booking the
 * current schedule already cannot serve (e.g. on a day closed earlier) is not this change's
 * doing and is not listed. Both inputs must share `now`; the result is in time order.
 */
export function findDroppedBookings<T extends BookedVisit>(
  bookings: readonly T[],
  current: ScheduleInput,
  proposed: ScheduleInput,
): T[] {
  const before = servedBy(bookings, current);
  const after = servedBy(bookings, proposed);
  return bookings
    .filter((b) => before.has(b.id) && !after.has(b.id))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

/** Whether two lists of booking ids name the same bookings (the confirmed set vs. the fresh one). */
export function sameBookings(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((id) => y.has(id));
}
