// The booking's whole life cycle: every status change a booking can take, who may take it, and
// what it does to the booking's seat (SlotClaim) and its contact locks (ContactLock). Pure: the
// server applies a transition in one function (lib/server/booking/apply-transition.ts).
//
//   created (holdSlot)            → HELD (a booking made by phone is created CONFIRMED)
//   HELD        —confirm→            CONFIRMED
//   HELD        —expire→             EXPIRED     (not confirmed in time, or five wrong codes)
//   HELD, CONFIRMED —cancel-by-resident | cancel-for-schedule | cancel-on-erasure→ CANCELLED
//   CONFIRMED   —check-in→           CHECKED_IN  (a clerk, or the ticket machine when it prints the ticket)
//   CONFIRMED, CHECKED_IN —serve→    SERVED
//   CONFIRMED   —no-show→            NO_SHOW
//   CONFIRMED   —cancel-late→        CANCELLED
//   undo (the day list) takes back check-in, serve, no-show or cancel-late, newest first
//   (planUndo in ./visit-status.ts decides which; isUndo below checks the pair).
import {
  CONTACT_LIVE_STATUSES,
  type BookingStatus,
  SEAT_FREE_STATUSES,
  type StatusIntent,
} from './visit-status';

/**
 * Who takes a transition: the resident (manage link, code page), a clerk, the system itself, or
 * a paired ticket machine (the resident typed the visit's code at it).
 */
export type Actor = 'RESIDENT' | 'STAFF' | 'SYSTEM' | 'KIOSK';

export type TransitionName =
  | 'confirm'
  | 'expire'
  | 'cancel-by-resident'
  | 'cancel-for-schedule'
  | 'cancel-late'
  | 'cancel-on-erasure'
  | 'check-in'
  | 'serve'
  | 'no-show';

export type TransitionRule = {
  from: readonly BookingStatus[];
  to: BookingStatus;
  by: readonly Actor[];
  /** The `cancelledBy` recorded when the booking ends up cancelled or expired (a kiosk cancels nothing). */
  cancelledBy?: Exclude<Actor, 'KIOSK'>;
};

export const TRANSITIONS = {
  // The code from the e-mail (or a call taken at the desk) confirms a hold.
  confirm: { from: ['HELD'], to: 'CONFIRMED', by: ['RESIDENT', 'STAFF'] },
  // Unconfirmed within the hold's time (60 minutes) or five wrong codes: lib/server/booking/expire-stale-holds.ts.
  expire: { from: ['HELD'], to: 'EXPIRED', by: ['SYSTEM'], cancelledBy: 'SYSTEM' },
  'cancel-by-resident': {
    from: ['HELD', 'CONFIRMED'],
    to: 'CANCELLED',
    by: ['RESIDENT'],
    cancelledBy: 'RESIDENT',
  },
  // A schedule change (rules, closure) that drops the visit's time.
  'cancel-for-schedule': {
    from: ['HELD', 'CONFIRMED'],
    to: 'CANCELLED',
    by: ['STAFF'],
    cancelledBy: 'STAFF',
  },
  // The resident came too late: from the day's list, once the visit's time has begun.
  'cancel-late': { from: ['CONFIRMED'], to: 'CANCELLED', by: ['STAFF'], cancelledBy: 'STAFF' },
  // A request to erase one's data cancels a booking still ahead before it is anonymised.
  'cancel-on-erasure': {
    from: ['HELD', 'CONFIRMED'],
    to: 'CANCELLED',
    by: ['STAFF'],
    cancelledBy: 'STAFF',
  },
  'check-in': { from: ['CONFIRMED'], to: 'CHECKED_IN', by: ['STAFF', 'KIOSK'] },
  serve: { from: ['CONFIRMED', 'CHECKED_IN'], to: 'SERVED', by: ['STAFF'] },
  'no-show': { from: ['CONFIRMED'], to: 'NO_SHOW', by: ['STAFF'] },
} as const satisfies Record<TransitionName, TransitionRule>;

/** The day list's buttons (lib/domain/visit-status.ts INTENTS) are these transitions. */
export const INTENT_TRANSITION = {
  'check-in': 'check-in',
  served: 'serve',
  'no-show': 'no-show',
  'cancel-late': 'cancel-late',
} as const satisfies Record<StatusIntent, TransitionName>;

/** What a change does to a resource: takes it, gives it back, or leaves it as it is. */
export type Effect = 'claim' | 'release' | 'keep';

export const holdsSeat = (s: BookingStatus) => !(SEAT_FREE_STATUSES as readonly BookingStatus[]).includes(s);
export const holdsContact = (s: BookingStatus) =>
  (CONTACT_LIVE_STATUSES as readonly BookingStatus[]).includes(s);

/**
 * What moving from one status to another does to the seat and the contact locks. A seat is held
 * by every booking that will or did take place (served and missed visits keep theirs, so that an
 * undo finds it); a contact only by a live booking whose visit is not over.
 */
export function effectsOf(
  from: BookingStatus,
  to: BookingStatus,
  visitOver: boolean,
): { seat: Effect; contact: Effect } {
  const seat = holdsSeat(from) === holdsSeat(to) ? 'keep' : holdsSeat(to) ? 'claim' : 'release';
  const before = holdsContact(from);
  const after = holdsContact(to) && !visitOver;
  const contact = after ? (before ? 'keep' : 'claim') : before ? 'release' : 'keep';
  return { seat, contact };
}

export type TransitionCheck =
  { ok: true; from: BookingStatus; to: BookingStatus } | { ok: false; reason: 'status' | 'actor' };

/** Whether `actor` may take `name` from `status`. */
export function checkLifecycle(name: TransitionName, status: BookingStatus, actor: Actor): TransitionCheck {
  const rule: TransitionRule = TRANSITIONS[name];
  if (!rule.by.includes(actor)) return { ok: false, reason: 'actor' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'status' };
  return { ok: true, from: status, to: rule.to };
}

/** The status changes the day list may take back, and only a clerk takes them back. */
export const UNDOABLE: readonly TransitionName[] = Object.values(INTENT_TRANSITION);

/** Whether an undo from `from` back to `to` reverses one of the day list's transitions. */
export function isUndo(from: BookingStatus, to: BookingStatus): boolean {
  return UNDOABLE.some((n) => {
    const rule: TransitionRule = TRANSITIONS[n];
    return rule.to === from && rule.from.includes(to);
  });
}
