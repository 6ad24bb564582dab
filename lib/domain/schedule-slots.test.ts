import { describe, it, expect } from 'vitest';
import { planDay } from './schedule';
import { input, iso, rule, starts } from './schedule-fixtures';

describe('planDay slots', () => {
  it('generates both blocks of a Monday with capacity = counters and a lunch-time gap', () => {
    const { slots } = planDay('2026-05-11', input('2026-05-11T05:00:00Z'));
    expect(slots).toHaveLength(17);
    expect(slots[0]).toEqual({
      startsAt: new Date('2026-05-11T06:00:00Z'),
      endsAt: new Date('2026-05-11T06:30:00Z'),
      capacity: 2,
    });
    expect(slots[13]?.endsAt).toEqual(new Date('2026-05-11T13:00:00Z')); // 15:00 local
    expect(slots[14]).toEqual({
      startsAt: new Date('2026-05-11T13:30:00Z'),
      endsAt: new Date('2026-05-11T14:00:00Z'),
      capacity: 1,
    });
    expect(starts('2026-05-11', input('2026-05-11T05:00:00Z'))).not.toContain('2026-05-11T13:00:00.000Z');
  });

  it.each([
    // [now, Monday/Friday, first start, last end, count] around both DST weekends
    ['2026-03-20T12:00:00Z', '2026-03-23', '2026-03-23T07:00:00.000Z', '2026-03-23T16:00:00.000Z', 17], // CET
    ['2026-03-20T12:00:00Z', '2026-03-30', '2026-03-30T06:00:00.000Z', '2026-03-30T15:00:00.000Z', 17], // CEST
    ['2026-10-20T12:00:00Z', '2026-10-23', '2026-10-23T06:00:00.000Z', '2026-10-23T13:00:00.000Z', 14], // CEST
    ['2026-10-20T12:00:00Z', '2026-10-26', '2026-10-26T07:00:00.000Z', '2026-10-26T16:00:00.000Z', 17], // CET
  ])('now=%s: %s opens at %s, ends at %s', (now, date, firstStart, lastEnd, count) => {
    const { slots } = planDay(date, input(now));
    expect(slots).toHaveLength(count);
    expect(slots[0]?.startsAt).toEqual(new Date(firstStart));
    expect(slots.at(-1)?.endsAt).toEqual(new Date(lastEnd));
  });

  it.each([
    // A Sunday 01:00–04:00 rule: the clock change shortens/lengthens the block,
    // and slots follow real time so none overlap or collapse.
    [
      '2026-03-20T12:00:00Z',
      '2026-03-22',
      ['2026-03-22T00:00:00.000Z', '2026-03-22T01:00:00.000Z', '2026-03-22T02:00:00.000Z'],
    ],
    ['2026-03-20T12:00:00Z', '2026-03-29', ['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z']],
    [
      '2026-10-10T12:00:00Z',
      '2026-10-18',
      ['2026-10-17T23:00:00.000Z', '2026-10-18T00:00:00.000Z', '2026-10-18T01:00:00.000Z'],
    ],
    [
      '2026-10-20T12:00:00Z',
      '2026-10-25',
      [
        '2026-10-24T23:00:00.000Z',
        '2026-10-25T00:00:00.000Z',
        '2026-10-25T01:00:00.000Z',
        '2026-10-25T02:00:00.000Z',
      ],
    ],
  ])('now=%s: Sunday %s across DST', (now, date, expected) => {
    const { slots } = planDay(date, input(now, { rules: [rule(7, '01:00', '04:00', 60, 1)] }));
    expect(slots.map((s) => iso(s.startsAt))).toEqual(expected);
    for (const slot of slots) expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(60 * 60_000);
  });

  it.each([
    // [now on Monday 2026-05-11 (CEST), first remaining start, remaining count]
    ['2026-05-11T05:59:00Z', '2026-05-11T06:00:00.000Z', 17], // 07:59: nothing begun yet
    ['2026-05-11T06:00:00Z', '2026-05-11T06:30:00.000Z', 16], // 08:00 exactly: that slot has begun
    ['2026-05-11T07:10:00Z', '2026-05-11T07:30:00.000Z', 14], // 09:10
    ['2026-05-11T12:45:00Z', '2026-05-11T13:30:00.000Z', 3], // 14:45: only the afternoon block
    ['2026-05-11T15:00:00Z', null, 0], // 17:00: day over, still an open day
  ])('now=%s: today starts at %s with %i slots', (now, firstStart, count) => {
    const plan = planDay('2026-05-11', input(now));
    expect(plan.status).toBe('open');
    expect(plan.slots).toHaveLength(count);
    expect(plan.slots[0] ? iso(plan.slots[0].startsAt) : null).toBe(firstStart);
  });

  it.each([
    // [slot, opens, closes, count, last end (UTC, CEST day)]
    [45, '08:00', '15:00', 9, '2026-05-12T12:45:00.000Z'], // 14:45–15:30 would overrun
    [30, '08:00', '15:00', 14, '2026-05-12T13:00:00.000Z'], // exact fit is kept
    [20, '08:00', '08:50', 2, '2026-05-12T06:40:00.000Z'],
    [90, '08:00', '09:00', 0, null],
  ])('%i-minute slots in %s–%s: %i slots', (slotMinutes, opens, closes, count, lastEnd) => {
    const { slots } = planDay(
      '2026-05-12',
      input('2026-05-11T05:00:00Z', { rules: [rule(2, opens, closes, slotMinutes, 1)] }),
    );
    expect(slots).toHaveLength(count);
    expect(slots.at(-1)?.endsAt.toISOString() ?? null).toBe(lastEnd);
    for (const slot of slots)
      expect(slot.endsAt.getTime()).toBeLessThanOrEqual(new Date(`2026-05-12T${closes}:00+02:00`).getTime());
  });

  it.each([
    ['2026-05-22', '2026-05-22T06:00:00.000Z'], // old hours
    ['2026-05-29', '2026-05-29T06:00:00.000Z'], // validTo is inclusive
    ['2026-06-05', '2026-06-05T08:00:00.000Z'], // new hours from validFrom
  ])('picks the rule valid on %s', (date, firstStart) => {
    const rules = [
      rule(5, '08:00', '12:00', 30, 1, { validFrom: null, validTo: '2026-05-29' }),
      rule(5, '10:00', '14:00', 30, 1, { validFrom: '2026-05-30', validTo: null }),
    ];
    expect(starts(date, input('2026-05-11T05:00:00Z', { rules }))[0]).toBe(firstStart);
  });

  it('evaluates rules in the given zone', () => {
    expect(starts('2026-05-12', input('2026-05-11T05:00:00Z', { zone: 'UTC' }))[0]).toBe(
      '2026-05-12T08:00:00.000Z',
    );
  });

  it('refuses a non-positive slot length instead of looping', () => {
    expect(() =>
      planDay('2026-05-12', input('2026-05-11T05:00:00Z', { rules: [rule(2, '08:00', '15:00', 0, 1)] })),
    ).toThrow(RangeError);
  });
});
