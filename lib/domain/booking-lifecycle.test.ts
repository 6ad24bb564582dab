import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type Effect,
  INTENT_TRANSITION,
  TRANSITIONS,
  type TransitionName,
  checkLifecycle,
  effectsOf,
  isUndo,
} from './booking-lifecycle';
import { type BookingStatus, INTENTS, STATUS_INTENTS } from './visit-status';

describe('the life cycle: each transition, from where, by whom, and what it does to seat and contact', () => {
  // name, from, to, by, seat, contact (for a visit not over yet)
  it.each<[TransitionName, BookingStatus, BookingStatus, Actor, Effect, Effect]>([
    ['confirm', 'HELD', 'CONFIRMED', 'RESIDENT', 'keep', 'keep'],
    ['confirm', 'HELD', 'CONFIRMED', 'STAFF', 'keep', 'keep'],
    ['expire', 'HELD', 'EXPIRED', 'SYSTEM', 'release', 'release'],
    ['cancel-by-resident', 'HELD', 'CANCELLED', 'RESIDENT', 'release', 'release'],
    ['cancel-by-resident', 'CONFIRMED', 'CANCELLED', 'RESIDENT', 'release', 'release'],
    ['cancel-on-erasure', 'HELD', 'CANCELLED', 'STAFF', 'release', 'release'],
    ['cancel-for-schedule', 'HELD', 'CANCELLED', 'STAFF', 'release', 'release'],
    ['cancel-for-schedule', 'CONFIRMED', 'CANCELLED', 'STAFF', 'release', 'release'],
    ['cancel-late', 'CONFIRMED', 'CANCELLED', 'STAFF', 'release', 'release'],
    ['cancel-on-erasure', 'CONFIRMED', 'CANCELLED', 'STAFF', 'release', 'release'],
    ['check-in', 'CONFIRMED', 'CHECKED_IN', 'STAFF', 'keep', 'keep'],
    ['check-in', 'CONFIRMED', 'CHECKED_IN', 'KIOSK', 'keep', 'keep'],
    ['serve', 'CONFIRMED', 'SERVED', 'STAFF', 'keep', 'release'],
    ['serve', 'CHECKED_IN', 'SERVED', 'STAFF', 'keep', 'release'],
    ['no-show', 'CONFIRMED', 'NO_SHOW', 'STAFF', 'keep', 'release'],
  ])('%s from %s → %s by %s: seat %s, contact %s', (name, from, to, by, seat, contact) => {
    expect(checkLifecycle(name, from, by)).toEqual({ ok: true, from, to });
    expect(effectsOf(from, to, false)).toEqual({ seat, contact });
  });

  it.each<[TransitionName, BookingStatus, Actor, 'status' | 'actor']>([
    ['confirm', 'EXPIRED', 'RESIDENT', 'status'],
    ['confirm', 'CANCELLED', 'RESIDENT', 'status'],
    ['expire', 'CONFIRMED', 'SYSTEM', 'status'],
    ['expire', 'HELD', 'RESIDENT', 'actor'],
    ['cancel-by-resident', 'CHECKED_IN', 'RESIDENT', 'status'],
    ['cancel-by-resident', 'SERVED', 'RESIDENT', 'status'],
    ['cancel-by-resident', 'CONFIRMED', 'STAFF', 'actor'],
    ['cancel-for-schedule', 'CONFIRMED', 'RESIDENT', 'actor'],
    ['cancel-on-erasure', 'SERVED', 'STAFF', 'status'],
    ['cancel-late', 'HELD', 'STAFF', 'status'],
    ['cancel-late', 'CONFIRMED', 'RESIDENT', 'actor'],
    ['check-in', 'HELD', 'STAFF', 'status'],
    ['check-in', 'CONFIRMED', 'RESIDENT', 'actor'],
    ['serve', 'NO_SHOW', 'STAFF', 'status'],
    ['no-show', 'CHECKED_IN', 'STAFF', 'status'],
    ['no-show', 'CONFIRMED', 'SYSTEM', 'actor'],
    ['check-in', 'HELD', 'KIOSK', 'status'],
    ['serve', 'CHECKED_IN', 'KIOSK', 'actor'],
    ['no-show', 'CONFIRMED', 'KIOSK', 'actor'],
    ['cancel-late', 'CONFIRMED', 'KIOSK', 'actor'],
  ])('%s from %s by %s is refused (%s)', (name, from, by, reason) => {
    expect(checkLifecycle(name, from, by)).toEqual({ ok: false, reason });
  });

  it('the day list’s buttons are the same transitions, with the same from and to', () => {
    for (const intent of STATUS_INTENTS) {
      const rule = TRANSITIONS[INTENT_TRANSITION[intent]];
      expect([...INTENTS[intent].from]).toEqual([...rule.from]);
      expect(INTENTS[intent].to).toBe(rule.to);
    }
  });
});

describe('undo', () => {
  // from (the current status), back to, seat, contact (visit not over) — each undoable step.
  it.each<[BookingStatus, BookingStatus, Effect, Effect]>([
    ['CHECKED_IN', 'CONFIRMED', 'keep', 'keep'],
    ['SERVED', 'CHECKED_IN', 'keep', 'claim'],
    ['SERVED', 'CONFIRMED', 'keep', 'claim'],
    ['NO_SHOW', 'CONFIRMED', 'keep', 'claim'],
    ['CANCELLED', 'CONFIRMED', 'claim', 'claim'],
  ])('%s back to %s: seat %s, contact %s', (from, to, seat, contact) => {
    expect(isUndo(from, to)).toBe(true);
    expect(effectsOf(from, to, false)).toEqual({ seat, contact });
  });

  it('a visit that is over gets its seat back on undo but never its contact lock', () => {
    expect(effectsOf('CANCELLED', 'CONFIRMED', true)).toEqual({ seat: 'claim', contact: 'keep' });
    expect(effectsOf('NO_SHOW', 'CONFIRMED', true)).toEqual({ seat: 'keep', contact: 'keep' });
  });

  it.each<[BookingStatus, BookingStatus]>([
    ['EXPIRED', 'HELD'],
    ['CONFIRMED', 'HELD'],
    ['CANCELLED', 'HELD'],
    ['SERVED', 'NO_SHOW'],
  ])('%s back to %s is no undo', (from, to) => {
    expect(isUndo(from, to)).toBe(false);
  });
});

describe('effectsOf over a visit that is over', () => {
  it('a live booking whose visit ended gives its contact back even if its status stays', () => {
    expect(effectsOf('CHECKED_IN', 'SERVED', true)).toEqual({ seat: 'keep', contact: 'release' });
    expect(effectsOf('CONFIRMED', 'CHECKED_IN', true)).toEqual({ seat: 'keep', contact: 'release' });
  });
});
