import { describe, expect, it } from 'vitest';
import {
  type BookingStatus,
  type StatusEvent,
  type StatusIntent,
  availableIntents,
  checkTransition,
  planUndo,
} from './visit-status';

// A visit at 10:00 Warsaw on Monday 30 March 2026 (the day after the spring DST change).
const startsAt = new Date('2026-03-30T08:00:00Z');
const at = (iso: string) => new Date(iso);

describe('checkTransition', () => {
  it.each<[StatusIntent, BookingStatus, string, ReturnType<typeof checkTransition>]>([
    ['check-in', 'CONFIRMED', '2026-03-30T05:00:00Z', { ok: true, from: 'CONFIRMED', to: 'CHECKED_IN' }],
    ['check-in', 'CONFIRMED', '2026-03-29T21:59:00Z', { ok: false, reason: 'before-visit-day' }], // 23:59 the day before
    ['check-in', 'CONFIRMED', '2026-03-29T22:00:00Z', { ok: true, from: 'CONFIRMED', to: 'CHECKED_IN' }], // local midnight
    ['check-in', 'CHECKED_IN', '2026-03-30T08:00:00Z', { ok: false, reason: 'status' }],
    ['check-in', 'CANCELLED', '2026-03-30T08:00:00Z', { ok: false, reason: 'status' }],
    ['served', 'CONFIRMED', '2026-03-30T07:00:00Z', { ok: true, from: 'CONFIRMED', to: 'SERVED' }],
    ['served', 'CHECKED_IN', '2026-03-30T09:00:00Z', { ok: true, from: 'CHECKED_IN', to: 'SERVED' }],
    ['served', 'CHECKED_IN', '2026-04-01T09:00:00Z', { ok: true, from: 'CHECKED_IN', to: 'SERVED' }], // recorded late
    ['served', 'NO_SHOW', '2026-03-30T09:00:00Z', { ok: false, reason: 'status' }],
    ['served', 'HELD', '2026-03-30T09:00:00Z', { ok: false, reason: 'status' }],
    ['no-show', 'CONFIRMED', '2026-03-30T07:59:59Z', { ok: false, reason: 'not-started' }],
    ['no-show', 'CONFIRMED', '2026-03-30T08:00:00Z', { ok: true, from: 'CONFIRMED', to: 'NO_SHOW' }],
    ['no-show', 'CHECKED_IN', '2026-03-30T09:00:00Z', { ok: false, reason: 'status' }],
    ['no-show', 'SERVED', '2026-03-30T09:00:00Z', { ok: false, reason: 'status' }],
    ['cancel-late', 'CONFIRMED', '2026-03-30T07:50:00Z', { ok: false, reason: 'not-started' }],
    ['cancel-late', 'CONFIRMED', '2026-03-30T08:10:00Z', { ok: true, from: 'CONFIRMED', to: 'CANCELLED' }],
    ['cancel-late', 'CHECKED_IN', '2026-03-30T08:10:00Z', { ok: false, reason: 'status' }],
    ['cancel-late', 'EXPIRED', '2026-03-30T08:10:00Z', { ok: false, reason: 'status' }],
  ])('%s from %s at %s', (intent, status, now, expected) => {
    expect(checkTransition(intent, { status, startsAt }, at(now))).toEqual(expected);
  });

  it('judges "the visit\'s day" in Warsaw, not in UTC', () => {
    // 00:30 Warsaw on 31 March is still 30 March in UTC.
    const late = new Date('2026-03-30T22:30:00Z');
    expect(
      checkTransition('check-in', { status: 'CONFIRMED', startsAt: late }, at('2026-03-30T21:00:00Z')),
    ).toEqual({ ok: false, reason: 'before-visit-day' });
    expect(
      checkTransition('check-in', { status: 'CONFIRMED', startsAt: late }, at('2026-03-30T22:00:00Z')).ok,
    ).toBe(true);
  });
});

describe('availableIntents', () => {
  it.each<[BookingStatus, string, StatusIntent[]]>([
    ['CONFIRMED', '2026-03-29T10:00:00Z', []],
    ['CONFIRMED', '2026-03-30T07:00:00Z', ['check-in', 'served']],
    ['CONFIRMED', '2026-03-30T08:05:00Z', ['check-in', 'served', 'no-show', 'cancel-late']],
    ['CHECKED_IN', '2026-03-30T08:05:00Z', ['served']],
    ['SERVED', '2026-03-30T08:05:00Z', []],
    ['NO_SHOW', '2026-03-30T08:05:00Z', []],
    ['CANCELLED', '2026-03-30T08:05:00Z', []],
  ])('%s at %s', (status, now, expected) => {
    expect(availableIntents({ status, startsAt }, at(now))).toEqual(expected);
  });
});

const change = (from: BookingStatus, to: BookingStatus): StatusEvent => ({ kind: 'change', from, to });
const undo = (from: BookingStatus, to: BookingStatus): StatusEvent => ({ kind: 'undo', from, to });

describe('planUndo', () => {
  it.each<[string, StatusEvent[], BookingStatus, ReturnType<typeof planUndo>]>([
    ['nothing recorded', [], 'CONFIRMED', { ok: false }],
    [
      'a check-in',
      [change('CONFIRMED', 'CHECKED_IN')],
      'CHECKED_IN',
      { ok: true, from: 'CHECKED_IN', to: 'CONFIRMED' },
    ],
    [
      'service after check-in, first step',
      [change('CONFIRMED', 'CHECKED_IN'), change('CHECKED_IN', 'SERVED')],
      'SERVED',
      { ok: true, from: 'SERVED', to: 'CHECKED_IN' },
    ],
    [
      'service after check-in, second step',
      [change('CONFIRMED', 'CHECKED_IN'), change('CHECKED_IN', 'SERVED'), undo('SERVED', 'CHECKED_IN')],
      'CHECKED_IN',
      { ok: true, from: 'CHECKED_IN', to: 'CONFIRMED' },
    ],
    [
      'everything already undone',
      [change('CONFIRMED', 'NO_SHOW'), undo('NO_SHOW', 'CONFIRMED')],
      'CONFIRMED',
      { ok: false },
    ],
    [
      'a no-show recorded again after an undo',
      [change('CONFIRMED', 'NO_SHOW'), undo('NO_SHOW', 'CONFIRMED'), change('CONFIRMED', 'NO_SHOW')],
      'NO_SHOW',
      { ok: true, from: 'NO_SHOW', to: 'CONFIRMED' },
    ],
    [
      'a lateness cancellation',
      [change('CONFIRMED', 'CANCELLED')],
      'CANCELLED',
      { ok: true, from: 'CANCELLED', to: 'CONFIRMED' },
    ],
    // Checked in, then the resident cancelled online (not on the list): not staff's to undo.
    ['the status moved outside the list', [change('CONFIRMED', 'CHECKED_IN')], 'CANCELLED', { ok: false }],
  ])('%s', (_name, history, current, expected) => {
    expect(planUndo(history, current)).toEqual(expected);
  });
});
