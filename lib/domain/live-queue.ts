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
 * One resident's ticket: how many the counters will call first, and an estimated wait from
 * today's service times in its category. Null when the snapshot has no such ticket.
 */
export function liveTicketStateOf(
  s: OfficeQueueSnapshot,
  ticketId: string,
  now: Date,
): LiveTicketState | null {
  const t = s.tickets.find((x) => x.id === ticketId);
  const category = t && s.categories.find((c) => c.id === t.categoryId);
  if (!t || !category) return null;
  let ahead = 0;
  let waitMinutes: number | null = null;
  if (t.status === 'ISSUED') {
    const same = s.tickets.filter((x) => x.categoryId === t.categoryId);
    ahead = same.filter(
      (x) => x.status === 'ISSUED' && x.id !== t.id && compareForCall(x, t, now) < 0,
    ).length;
    const since = now.getTime() - ACTIVE_COUNTER_MINUTES * 60_000;
    const counters = new Set(
      same
        .filter((x) => x.counter !== null && x.calledAt && x.calledAt.getTime() >= since)
        .map((x) => x.counter),
    );
    const serviceMinutes = same
      .filter((x) => x.status === 'SERVED' && x.calledAt && x.servedAt)
      .sort((a, b) => a.servedAt!.getTime() - b.servedAt!.getTime())
      .map((x) => (x.servedAt!.getTime() - x.calledAt!.getTime()) / 60_000);
    waitMinutes = estimateWait({
      ahead,
      serviceMinutes,
      slotMinutes: category.slotMinutes,
      counters: counters.size,
    }).minutes;
  }
  return {
    number: t.number,
    categoryName: category.name,
    officeName: s.officeName,
    waitingArea: category.waitingArea,
    status: t.status,
    counter: t.counter,
    ahead,
    waitMinutes,
    visitStartsAt: t.visitStartsAt?.toISOString() ?? null,
  };
}
