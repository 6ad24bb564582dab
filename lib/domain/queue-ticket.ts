// The queue ticket's life cycle, the order in which a counter calls tickets, their numbers and
// when walk-in tickets stop. Pure: lib/server/queue applies it (docs/decisions/021).
//
//   issue (kiosk)                  → ISSUED
//   ISSUED        —call→             CALLED   (a counter shows it)
//   CALLED        —recall→           CALLED   (callCount + 1)
//   CALLED        —absent→           ABSENT   (called and did not come; not a no-show)
//   ABSENT        —return→           ISSUED   ("Wróć do kolejki": a late-comer)
//   ISSUED|CALLED —transfer→         ISSUED   (another category; keeps its number and its place)
//   CALLED        —serve→            SERVED
import type { DayPlan } from './schedule';

export type TicketStatus = 'ISSUED' | 'CALLED' | 'SERVED' | 'ABSENT';
export type TicketKind = 'BOOKED' | 'WALK_IN';
export type TicketTransition = 'call' | 'recall' | 'absent' | 'return' | 'transfer' | 'serve';

export const TICKET_TRANSITIONS = {
  call: { from: ['ISSUED'], to: 'CALLED' },
  recall: { from: ['CALLED'], to: 'CALLED' },
  absent: { from: ['CALLED'], to: 'ABSENT' },
  return: { from: ['ABSENT'], to: 'ISSUED' },
  transfer: { from: ['ISSUED', 'CALLED'], to: 'ISSUED' },
  serve: { from: ['CALLED'], to: 'SERVED' },
} as const satisfies Record<TicketTransition, { from: readonly TicketStatus[]; to: TicketStatus }>;

/** The status `name` leads to from `status`, or null when the ticket cannot take it. */
export function nextTicketStatus(name: TicketTransition, status: TicketStatus): TicketStatus | null {
  const rule: { from: readonly TicketStatus[]; to: TicketStatus } = TICKET_TRANSITIONS[name];
  return rule.from.includes(status) ? rule.to : null;
}

/** The transitions that act on a ticket a counter holds (it must be that counter's). */
export const COUNTER_BOUND: readonly TicketTransition[] = ['recall', 'absent', 'serve', 'transfer'];

export type Callable = { kind: TicketKind; issuedAt: Date; visitStartsAt: Date | null };

/** A booked ticket whose visit time has come goes before everything else. */
export const isDue = (t: Callable, now: Date) =>
  t.kind === 'BOOKED' && t.visitStartsAt !== null && t.visitStartsAt.getTime() <= now.getTime();

/**
 * The calling order: booked tickets whose visit time has come first, by visit time; then every
 * other ticket (walk-ins, and booked ones early for their time) first come, first served.
 * lib/server/queue/call-next-ticket.ts says the same in SQL.
 */
export function compareForCall(a: Callable, b: Callable, now: Date): number {
  const da = isDue(a, now);
  const db = isDue(b, now);
  if (da !== db) return da ? -1 : 1;
  if (da && db) {
    const d = a.visitStartsAt!.getTime() - b.visitStartsAt!.getTime();
    if (d !== 0) return d;
  }
  return a.issuedAt.getTime() - b.issuedAt.getTime();
}

/** P012 for the twelfth booked ticket of letter P today, PW05 for the fifth walk-in. */
export function formatTicketNumber(prefix: string, kind: TicketKind, seq: number): string {
  return kind === 'BOOKED'
    ? `${prefix}${String(seq).padStart(3, '0')}`
    : `${prefix}W${String(seq).padStart(2, '0')}`;
}

export type CodeWindow = { earlyMin: number; lateMin: number };
export type WindowCheck =
  { ok: true } | { ok: false; reason: 'other-day' | 'too-early' | 'too-late'; from?: Date };

/**
 * Whether a booked visit's code opens the kiosk now: on the visit's day (`visitDay` and `today`
 * are local dates in Europe/Warsaw), from `earlyMin` before its start to `lateMin` after it, both
 * ends included at the minute.
 */
export function checkCodeWindow(
  visit: { startsAt: Date; day: string },
  today: string,
  window: CodeWindow,
  now: Date,
): WindowCheck {
  if (visit.day !== today) return { ok: false, reason: 'other-day' };
  const from = new Date(visit.startsAt.getTime() - window.earlyMin * 60_000);
  const until = new Date(visit.startsAt.getTime() + (window.lateMin + 1) * 60_000);
  if (now < from) return { ok: false, reason: 'too-early', from };
  if (now >= until) return { ok: false, reason: 'too-late' };
  return { ok: true };
}

export type WalkInState = { open: true } | { open: false; reason: 'not-offered' | 'closed' | 'stopped' };

/**
 * Whether a category still takes walk-ins now. `plan` is today's whole plan (every slot of the
 * day); `queued` counts those still to be served today (walk-ins waiting and booked visits not yet
 * served). Walk-ins stop when less than `stopMin` minutes of opening remain, or when the queued
 * ones and one more would need more seat-minutes than the rest of the day offers.
 */
export function walkInState(
  c: { walkInEnabled: boolean; walkInStopMin: number },
  plan: DayPlan,
  queued: number,
  now: Date,
): WalkInState {
  if (!c.walkInEnabled) return { open: false, reason: 'not-offered' };
  const at = now.getTime();
  const left = plan.status === 'open' ? plan.slots.filter((s) => s.endsAt.getTime() > at) : [];
  if (!left.length) return { open: false, reason: 'closed' };
  const closesAt = Math.max(...left.map((s) => s.endsAt.getTime()));
  if (closesAt - at < c.walkInStopMin * 60_000) return { open: false, reason: 'stopped' };
  const minutes = (s: { startsAt: Date; endsAt: Date }) =>
    (s.endsAt.getTime() - Math.max(s.startsAt.getTime(), at)) / 60_000;
  const offered = left.reduce((sum, s) => sum + minutes(s) * s.capacity, 0);
  const first = left[0]!;
  const slotMinutes = (first.endsAt.getTime() - first.startsAt.getTime()) / 60_000;
  if ((queued + 1) * slotMinutes > offered) return { open: false, reason: 'stopped' };
  return { open: true };
}
