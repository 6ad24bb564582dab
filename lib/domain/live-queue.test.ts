import { describe, expect, it } from 'vitest';
import {
  type OfficeQueueSnapshot,
  type SnapshotTicket,
  displayStateOf,
  liveTicketStateOf,
} from './live-queue';

const now = new Date('2026-12-02T10:00:00Z');
const min = (n: number) => new Date(now.getTime() + n * 60_000);

let seq = 0;
function ticket(t: Partial<SnapshotTicket> & { status: SnapshotTicket['status'] }): SnapshotTicket {
  seq++;
  return {
    id: `t${seq}`,
    number: `P${String(seq).padStart(3, '0')}`,
    kind: 'WALK_IN',
    counter: null,
    categoryId: 'p',
    issuedAt: min(-60 + seq),
    calledAt: null,
    servedAt: null,
    visitStartsAt: null,
    ...t,
  };
}

function snapshot(tickets: SnapshotTicket[]): OfficeQueueSnapshot {
  return {
    officeId: 'o',
    officeName: 'Centrum Usług Publicznych',
    bookingPhone: '77 54 11 361',
    day: '2026-12-02',
    categories: [
      { id: 'p', name: 'Prawa jazdy', letter: 'P', waitingArea: 'Sala A', slotMinutes: 15, active: true },
      { id: 'r', name: 'Rejestracja', letter: 'R', waitingArea: null, slotMinutes: 20, active: true },
      { id: 'x', name: 'Wyłączona', letter: 'X', waitingArea: null, slotMinutes: 15, active: false },
    ],
    tickets,
  };
}

describe('displayStateOf', () => {
  it('shows the newest call large, six before it, and who waits in each active category', () => {
    const calls = Array.from({ length: 9 }, (_, i) =>
      ticket({ status: 'SERVED', counter: (i % 3) + 1, calledAt: min(-40 + i), servedAt: min(-30 + i) }),
    );
    const waiting = [ticket({ status: 'ISSUED' }), ticket({ status: 'ISSUED', categoryId: 'r' })];
    const state = displayStateOf(
      snapshot([...calls, ...waiting, ticket({ status: 'SERVED', categoryId: 'x' })]),
    );
    expect(state.current).toEqual({
      ticketId: calls[8]!.id,
      number: calls[8]!.number,
      counter: 3,
      calledAt: calls[8]!.calledAt!.toISOString(),
    });
    expect(state.recent.map((c) => c.number)).toEqual(
      calls
        .slice(2, 8)
        .reverse()
        .map((c) => c.number),
    );
    expect(state.waiting).toEqual([
      { categoryId: 'p', name: 'Prawa jazdy', letter: 'P', count: 1 },
      { categoryId: 'r', name: 'Rejestracja', letter: 'R', count: 1 },
    ]);
  });

  it('keeps a switched-off category on the screen while its tickets wait or are called', () => {
    const state = displayStateOf(
      snapshot([ticket({ status: 'CALLED', categoryId: 'x', counter: 2, calledAt: min(-1) })]),
    );
    expect(state.waiting.map((w) => w.letter)).toEqual(['P', 'R', 'X']);
  });

  it('says nobody was called yet on a fresh day', () => {
    expect(displayStateOf(snapshot([]))).toMatchObject({ current: null, recent: [] });
  });
});

describe('liveTicketStateOf', () => {
  it('counts who goes first (a due booking before earlier walk-ins) and estimates from services', () => {
    const served = [8, 10, 12].map((m, i) =>
      ticket({ status: 'SERVED', counter: 1, calledAt: min(-50 + i * 15), servedAt: min(-50 + i * 15 + m) }),
    );
    const before = ticket({ status: 'ISSUED', issuedAt: min(-5) });
    const dueBooking = ticket({
      status: 'ISSUED',
      kind: 'BOOKED',
      issuedAt: min(-1),
      visitStartsAt: min(-2),
    });
    const mine = ticket({ status: 'ISSUED', issuedAt: min(-3) });
    const after = ticket({ status: 'ISSUED', issuedAt: min(-2) });
    const otherCategory = ticket({ status: 'ISSUED', categoryId: 'r', issuedAt: min(-9) });
    const s = snapshot([...served, before, dueBooking, mine, after, otherCategory]);
    // Two ahead, one counter active in the last 30 minutes, services of 10 minutes: 5 + 2 × 10.
    expect(liveTicketStateOf(s, mine.id, now)).toEqual({
      number: mine.number,
      categoryName: 'Prawa jazdy',
      officeName: 'Centrum Usług Publicznych',
      waitingArea: 'Sala A',
      status: 'ISSUED',
      counter: null,
      ahead: 2,
      waitMinutes: 25,
      visitStartsAt: null,
    });
  });

  it('tells a called ticket its counter, with no estimate', () => {
    const mine = ticket({ status: 'CALLED', counter: 4, calledAt: min(-1) });
    expect(liveTicketStateOf(snapshot([mine]), mine.id, now)).toMatchObject({
      status: 'CALLED',
      counter: 4,
      ahead: 0,
      waitMinutes: null,
    });
  });

  it('knows no ticket the snapshot does not hold', () => {
    expect(liveTicketStateOf(snapshot([]), 'nope', now)).toBeNull();
  });
});
