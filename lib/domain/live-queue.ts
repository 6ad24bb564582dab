// What an office's queue looks like today, read once per burst of queue events, and the two views
// computed from it: the waiting room's display and each resident's live ticket. Pure: the hub in
// lib/server/live loads one snapshot per office and every open screen of that office takes its
// view from it (docs/decisions/027-live-streams.md).
import { estimateWait } from './queue-estimate';
import { type TicketKind, type TicketStatus, compareForCall } from './queue-ticket';
import type { DisplayCall, DisplayState, LiveTicketState } from './queue-view';

export type SnapshotCategory = {
  id: string;
  name: string;
  letter: string;
  waitingArea: string | null;
  slotMinutes: number;
  /** A switched-off category leaves the display once none of its tickets waits or is called. */
  active: boolean;
};

export type SnapshotTicket = {
  id: string;
  number: string;
  kind: TicketKind;
  status: TicketStatus;
  counter: number | null;
  categoryId: string;
  issuedAt: Date;
  calledAt: Date | null;
  servedAt: Date | null;
  visitStartsAt: Date | null;
};

export type OfficeQueueSnapshot = {
  officeId: string;
  officeName: string;
  /** The office's booking line (the ticket page names it). */
  bookingPhone: string;
  /** The office's calendar day (YYYY-MM-DD, Europe/Warsaw) the tickets belong to. */
  day: string;
  /** In the display's order. */
  categories: SnapshotCategory[];
  tickets: SnapshotTicket[];
};

/** Calls the display lists under the current one. */
export const RECENT_CALLS = 6;
/** Counters that called a ticket of the category within this many minutes count as serving it. */
export const ACTIVE_COUNTER_MINUTES = 30;

/** The waiting room's screen: the newest call, the calls before it, how many wait per category. */
export function displayStateOf(s: OfficeQueueSnapshot): DisplayState {
  const calls = s.tickets
    .filter((t) => t.calledAt !== null && t.counter !== null)
    .sort((a, b) => b.calledAt!.getTime() - a.calledAt!.getTime())
    .slice(0, RECENT_CALLS + 1)
    .map((t): DisplayCall => ({
      ticketId: t.id,
      number: t.number,
      counter: t.counter!,
      calledAt: t.calledAt!.toISOString(),
    }));
  const waiting = new Map<string, number>();
  for (const t of s.tickets)
    if (t.status === 'ISSUED') waiting.set(t.categoryId, (waiting.get(t.categoryId) ?? 0) + 1);
  return {
    officeName: s.officeName,
    current: calls[0] ?? null,
    recent: calls.slice(1),
    // A switched-off category stays on the screen while its tickets of the day still wait or are
    // called (they stay callable: decision 029).
    waiting: s.categories
      .filter(
        (c) =>
          c.active ||
          s.tickets.some((t) => t.categoryId === c.id && (t.status === 'ISSUED' || t.status === 'CALLED')),
      )
      .map((c) => ({ categoryId: c.id, name: c.name, letter: c.letter, count: waiting.get(c.id) ?? 0 })),
  };
}

/**
 * Every ticket's view at once (each phone of the office then picks its own): per category, the
 * waiting tickets in calling order, today's service times and the counters serving it now, each
 * worked out once, so a thousand phones cost one pass over the day's tickets, not a thousand.
 */
export function liveTicketStates(s: OfficeQueueSnapshot, now: Date): Map<string, LiveTicketState> {
  const states = new Map<string, LiveTicketState>();
  const since = now.getTime() - ACTIVE_COUNTER_MINUTES * 60_000;
  const byCategory = new Map<string, SnapshotTicket[]>();
  for (const t of s.tickets) {
    const list = byCategory.get(t.categoryId);
    if (list) list.push(t);
    else byCategory.set(t.categoryId, [t]);
  }
  for (const category of s.categories) {
    const same = byCategory.get(category.id) ?? [];
    const waiting = same.filter((t) => t.status === 'ISSUED').sort((a, b) => compareForCall(a, b, now));
    const counters = new Set(
      same
        .filter((t) => t.counter !== null && t.calledAt && t.calledAt.getTime() >= since)
        .map((t) => t.counter),
    ).size;
    const serviceMinutes = same
      .filter((t) => t.status === 'SERVED' && t.calledAt && t.servedAt)
      .sort((a, b) => a.servedAt!.getTime() - b.servedAt!.getTime())
      .map((t) => (t.servedAt!.getTime() - t.calledAt!.getTime()) / 60_000);
    // Ahead: those strictly before in calling order (a tie goes before neither).
    const ahead = new Map<string, number>();
    waiting.forEach((t, i) => {
      const tied = i > 0 && compareForCall(waiting[i - 1]!, t, now) === 0;
      ahead.set(t.id, tied ? ahead.get(waiting[i - 1]!.id)! : i);
    });
    for (const t of same) {
      const before = ahead.get(t.id);
      states.set(t.id, {
        number: t.number,
        categoryName: category.name,
        officeName: s.officeName,
        waitingArea: category.waitingArea,
        status: t.status,
        counter: t.counter,
        ahead: before ?? 0,
        waitMinutes:
          before === undefined
            ? null
            : estimateWait({ ahead: before, serviceMinutes, slotMinutes: category.slotMinutes, counters })
                .minutes,
        visitStartsAt: t.visitStartsAt?.toISOString() ?? null,
      });
    }
  }
  return states;
}

/** One resident's ticket (the page's first paint); null when the snapshot has no such ticket. */
export function liveTicketStateOf(
  s: OfficeQueueSnapshot,
  ticketId: string,
  now: Date,
): LiveTicketState | null {
  return liveTicketStates(s, now).get(ticketId) ?? null;
}
