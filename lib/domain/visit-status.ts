// What staff may record about a visit from the day's list, and how a mistake is undone.
// Pure: the booking's status and start, and `now`, come in as arguments.
import { OFFICE_TZ, localDateOf } from './time';

export type BookingStatus =
  'HELD' | 'CONFIRMED' | 'CHECKED_IN' | 'SERVED' | 'NO_SHOW' | 'CANCELLED' | 'EXPIRED';

/** Statuses a visit has once it was booked for real: the day's list shows only these. */
export const LISTED_STATUSES = ['CONFIRMED', 'CHECKED_IN', 'SERVED', 'NO_SHOW', 'CANCELLED'] as const;

/**
 * A booking that will not take place gives its seat back; a served or missed visit keeps its seat
 * (it was used, and the undo of a mark must find it still there).
 */
export const SEAT_FREE_STATUSES = ['CANCELLED', 'EXPIRED'] as const satisfies readonly BookingStatus[];

/** Statuses that count as the contact's one live booking in a category, until the visit is over. */
export const CONTACT_LIVE_STATUSES = [
  'HELD',
  'CONFIRMED',
  'CHECKED_IN',
] as const satisfies readonly BookingStatus[];

/**
 * What a clerk can record. `when`: check-in and service only from the visit's day on (a click a
 * day early is a mistake); a no-show or a lateness only once the visit's time has begun.
 */
export const INTENTS = {
  'check-in': { to: 'CHECKED_IN', from: ['CONFIRMED'], when: 'visit-day' },
  served: { to: 'SERVED', from: ['CONFIRMED', 'CHECKED_IN'], when: 'visit-day' },
  'no-show': { to: 'NO_SHOW', from: ['CONFIRMED'], when: 'started' },
  'cancel-late': { to: 'CANCELLED', from: ['CONFIRMED'], when: 'started' },
} as const satisfies Record<
  string,
  { to: BookingStatus; from: readonly BookingStatus[]; when: 'visit-day' | 'started' }
>;

export type StatusIntent = keyof typeof INTENTS;
export const STATUS_INTENTS = Object.keys(INTENTS) as StatusIntent[];

export type TransitionCheck =
  | { ok: true; from: BookingStatus; to: BookingStatus }
  | { ok: false; reason: 'status' | 'before-visit-day' | 'not-started' };

export function checkTransition(
  intent: StatusIntent,
  visit: { status: BookingStatus; startsAt: Date },
  now: Date,
  zone: string = OFFICE_TZ,
): TransitionCheck {
  const rule = INTENTS[intent];
  if (!(rule.from as readonly BookingStatus[]).includes(visit.status)) return { ok: false, reason: 'status' };
  if (rule.when === 'started' && now.getTime() < visit.startsAt.getTime())
    return { ok: false, reason: 'not-started' };
  // YYYY-MM-DD strings order as the days they name.
  if (rule.when === 'visit-day' && localDateOf(now, zone) < localDateOf(visit.startsAt, zone))
    return { ok: false, reason: 'before-visit-day' };
  return { ok: true, from: visit.status, to: rule.to };
}

/** The buttons a row offers right now. */
export function availableIntents(
  visit: { status: BookingStatus; startsAt: Date },
  now: Date,
  zone: string = OFFICE_TZ,
): StatusIntent[] {
  return STATUS_INTENTS.filter((i) => checkTransition(i, visit, now, zone).ok);
}

/** One status change from the audit log, oldest first: a change, or the undo of one. */
export type StatusEvent = { kind: 'change' | 'undo'; from: BookingStatus; to: BookingStatus };

export type UndoPlan = { ok: true; from: BookingStatus; to: BookingStatus } | { ok: false };

/**
 * Undo walks back through the recorded changes like a stack: each undo takes back the newest
 * change not yet undone, so two undos after check-in and service return to "Umówiona". The newest
 * change must have led to the current status; otherwise something else moved the booking (the
 * resident cancelled, a colleague changed it) and there is nothing this list may take back.
 */
export function planUndo(history: StatusEvent[], current: BookingStatus): UndoPlan {
  const stack: StatusEvent[] = [];
  for (const e of history) {
    if (e.kind === 'change') stack.push(e);
    else stack.pop();
  }
  const last = stack.at(-1);
  if (!last || last.to !== current) return { ok: false };
  return { ok: true, from: current, to: last.from };
}
