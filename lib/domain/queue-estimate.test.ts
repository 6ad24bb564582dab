import { describe, expect, it } from 'vitest';
import { estimateWait, typicalServiceMinutes } from './queue-estimate';

describe('typicalServiceMinutes', () => {
  it.each([
    { times: [], slot: 15, expected: { minutes: 15, basis: 'slot-length' } },
    { times: [4, 6], slot: 15, expected: { minutes: 15, basis: 'slot-length' } },
    { times: [4, 6, 50], slot: 15, expected: { minutes: 6, basis: 'today' } },
    { times: [4, 6, 8, 10], slot: 15, expected: { minutes: 7, basis: 'today' } },
    // Only the last ten count: the morning's slow start is forgotten.
    { times: [60, 60, 60, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], slot: 15, expected: { minutes: 5, basis: 'today' } },
    { times: [0, -3, Number.NaN, 7, 7, 7], slot: 15, expected: { minutes: 7, basis: 'today' } },
  ])('$times (slot $slot) → $expected.minutes', ({ times, slot, expected }) => {
    expect(typicalServiceMinutes(times, slot)).toEqual(expected);
  });
});

describe('estimateWait', () => {
  const fixed = [10, 10, 10, 10];
  it.each([
    { ahead: 0, counters: 1, minutes: 5 },
    { ahead: 1, counters: 1, minutes: 15 },
    { ahead: 2, counters: 1, minutes: 25 },
    { ahead: 3, counters: 1, minutes: 35 },
    { ahead: 3, counters: 2, minutes: 15 },
    { ahead: 3, counters: 4, minutes: 5 },
    { ahead: 8, counters: 2, minutes: 45 },
    { ahead: 2, counters: 0, minutes: 25 },
  ])(
    '$ahead ahead, $counters counter(s), 10-minute services → $minutes min',
    ({ ahead, counters, minutes }) => {
      expect(estimateWait({ ahead, counters, serviceMinutes: fixed, slotMinutes: 20 })).toEqual({
        minutes,
        basis: 'today',
      });
    },
  );

  it('uses the slot length before the day has three services', () => {
    expect(estimateWait({ ahead: 1, counters: 1, serviceMinutes: [2], slotMinutes: 20 })).toEqual({
      minutes: 30,
      basis: 'slot-length',
    });
  });
});
