import { describe, expect, it } from 'vitest';
import {
  type Callable,
  type TicketStatus,
  type TicketTransition,
  TICKET_TRANSITIONS,
  checkCodeWindow,
  compareForCall,
  formatTicketNumber,
  nextTicketStatus,
  walkInState,
} from './queue-ticket';
import { planDay } from './schedule';
import { atLocalTime } from './time';

const STATUSES: TicketStatus[] = ['ISSUED', 'CALLED', 'SERVED', 'ABSENT'];

describe('the ticket life cycle', () => {
  // Every transition from every status: the allowed ones and where they lead, null for the rest.
  const table: [TicketTransition, Record<TicketStatus, TicketStatus | null>][] = [
    ['call', { ISSUED: 'CALLED', CALLED: null, SERVED: null, ABSENT: null }],
    ['recall', { ISSUED: null, CALLED: 'CALLED', SERVED: null, ABSENT: null }],
    ['absent', { ISSUED: null, CALLED: 'ABSENT', SERVED: null, ABSENT: null }],
    ['return', { ISSUED: null, CALLED: null, SERVED: null, ABSENT: 'ISSUED' }],
    ['transfer', { ISSUED: 'ISSUED', CALLED: 'ISSUED', SERVED: null, ABSENT: null }],
    ['serve', { ISSUED: null, CALLED: 'SERVED', SERVED: null, ABSENT: null }],
  ];
  it.each(table.flatMap(([name, row]) => STATUSES.map((s) => [name, s, row[s]] as const)))(
    '%s from %s → %s',
    (name, from, to) => {
      expect(nextTicketStatus(name, from)).toBe(to);
    },
  );

  it('covers every transition, and a served ticket is final', () => {
    expect(table.map(([n]) => n).sort()).toEqual(Object.keys(TICKET_TRANSITIONS).sort());
    for (const [name] of table) expect(nextTicketStatus(name, 'SERVED')).toBeNull();
  });
});

describe('the calling order', () => {
  const now = new Date('2026-12-02T09:00:00Z');
  const at = (min: number) => new Date(now.getTime() + min * 60_000);
  const booked = (visit: number, issued: number): Callable => ({
    kind: 'BOOKED',
    visitStartsAt: at(visit),
    issuedAt: at(issued),
  });
  const walkIn = (issued: number): Callable => ({
    kind: 'WALK_IN',
    visitStartsAt: null,
    issuedAt: at(issued),
  });

  // a, b, expected sign of compareForCall(a, b)
  it.each<[string, Callable, Callable, -1 | 0 | 1]>([
    ['a due booking before an earlier walk-in', booked(0, -5), walkIn(-30), -1],
    ['a booking due exactly now counts as due', booked(0, -1), walkIn(-2), -1],
    ['a booking not yet due waits its turn by issue time', booked(10, -5), walkIn(-30), 1],
    ['an early booking before a later walk-in (first come)', booked(20, -40), walkIn(-30), -1],
    ['two due bookings by visit time, not issue time', booked(-10, -1), booked(-5, -20), -1],
    ['two walk-ins by issue time', walkIn(-3), walkIn(-7), 1],
    ['same visit time: by issue time', booked(-5, -8), booked(-5, -9), 1],
    ['equal', walkIn(-3), walkIn(-3), 0],
  ])('%s', (_, a, b, sign) => {
    expect(Math.sign(compareForCall(a, b, now))).toBe(sign);
    expect(Math.sign(compareForCall(b, a, now))).toBe(sign === 0 ? 0 : -sign);
  });

  it('sorts a mixed queue', () => {
    const q = {
      w1: walkIn(-30),
      b1: booked(-2, -10),
      w2: walkIn(-20),
      b2: booked(5, -40),
      b3: booked(-15, -3),
    };
    const order = Object.entries(q)
      .sort(([, a], [, b]) => compareForCall(a, b, now))
      .map(([k]) => k);
    expect(order).toEqual(['b3', 'b1', 'b2', 'w1', 'w2']);
  });
});

describe('ticket numbers', () => {
  it.each<[string, 'BOOKED' | 'WALK_IN', number, string]>([
    ['P', 'BOOKED', 1, 'P001'],
    ['P', 'BOOKED', 12, 'P012'],
    ['P', 'BOOKED', 1234, 'P1234'],
    ['P', 'WALK_IN', 5, 'PW05'],
    ['R', 'WALK_IN', 123, 'RW123'],
  ])('%s %s #%i → %s', (prefix, kind, seq, number) => {
    expect(formatTicketNumber(prefix, kind, seq)).toBe(number);
  });
});

describe('the code window', () => {
  const startsAt = new Date('2026-12-02T09:00:00Z'); // 10:00 in Opole
  const min = (n: number) => new Date(startsAt.getTime() + n * 60_000);
  const w = { earlyMin: 30, lateMin: 10 };
  it.each<[string, Date, string, string]>([
    ['a minute too early', min(-31), '2026-12-02', 'too-early'],
    ['the first allowed minute', min(-30), '2026-12-02', 'ok'],
    ['at the start', min(0), '2026-12-02', 'ok'],
    ['the last allowed minute', min(10), '2026-12-02', 'ok'],
    ['its last second', new Date(min(11).getTime() - 1000), '2026-12-02', 'ok'],
    ['a minute too late', min(11), '2026-12-02', 'too-late'],
    ['another day', min(0), '2026-12-03', 'other-day'],
  ])('%s', (_, now, today, expected) => {
    const r = checkCodeWindow({ startsAt, day: '2026-12-02' }, today, w, now);
    expect(r.ok ? 'ok' : r.reason).toBe(expected);
    if (!r.ok && r.reason === 'too-early') expect(r.from).toEqual(min(-30));
  });
});

describe('walk-in tickets stop', () => {
  const date = '2026-12-02'; // a Wednesday
  // 08:00–12:00, 15-minute slots, 2 counters.
  const plan = planDay(date, {
    rules: [{ weekday: 3, opensAt: 8 * 60, closesAt: 12 * 60, slotMinutes: 15, counters: 2 }],
    closures: [],
    horizonDays: 30,
    now: atLocalTime(date, 0),
  });
  const local = (h: number, m = 0) => atLocalTime(date, h * 60 + m);
  const on = { walkInEnabled: true, walkInStopMin: 30 };
  it.each<[string, typeof on, number, Date, string]>([
    ['not offered', { ...on, walkInEnabled: false }, 0, local(9), 'not-offered'],
    ['open in the morning', on, 0, local(9), 'open'],
    ['before opening: the day is ahead', on, 0, local(7, 30), 'open'],
    ['31 minutes before closing', on, 0, local(11, 29), 'open'],
    ['30 minutes before closing still open (less than 30 stops)', on, 0, local(11, 30), 'open'],
    ['29 minutes before closing', on, 0, local(11, 31), 'stopped'],
    ['after closing', on, 0, local(12), 'closed'],
    // 11:00: 60 minutes × 2 counters = 120 seat-minutes = 8 visits of 15 minutes.
    ['7 waiting and one more fit', on, 7, local(11), 'open'],
    ['8 waiting: the ninth would not be served', on, 8, local(11), 'stopped'],
  ])('%s', (_, c, queued, now, expected) => {
    const s = walkInState(c, plan, queued, now);
    expect(s.open ? 'open' : s.reason).toBe(expected);
  });

  it('a closed day is closed', () => {
    const sunday = planDay('2026-12-06', {
      rules: [],
      closures: [],
      horizonDays: 30,
      now: atLocalTime('2026-12-06', 0),
    });
    expect(walkInState(on, sunday, 0, atLocalTime('2026-12-06', 600))).toEqual({
      open: false,
      reason: 'closed',
    });
  });
});
