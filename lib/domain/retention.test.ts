import { describe, expect, it } from 'vitest';
import { ERASED, erasureDate, manageStateOf, retentionCutoff, scrubContacts } from './retention';

const at = (iso: string) => new Date(iso);

describe('retentionCutoff', () => {
  it.each([
    // now (UTC), days → visits before this instant are anonymised today
    ['2026-12-16T00:30:00Z', 14, '2026-12-02T23:00:00.000Z'], // 01:30 in Opole on 16 Dec: visits of 2 Dec and before
    ['2026-12-15T22:59:00Z', 14, '2026-12-01T23:00:00.000Z'], // still 15 Dec in Opole
    ['2026-12-16T10:00:00Z', 1, '2026-12-15T23:00:00.000Z'], // with 1 day: yesterday's visits
    // Across the end of DST (25 Oct 2026): Opole's midnight of 20 Oct is 22:00Z.
    ['2026-11-03T08:00:00Z', 14, '2026-10-20T22:00:00.000Z'],
  ])('at %s with %i days: %s', (now, days, cutoff) => {
    expect(retentionCutoff(at(now), days).toISOString()).toBe(cutoff);
  });

  it('agrees with erasureDate: the visit is anonymised on its erasure day, not the day before', () => {
    const visit = { startsAt: at('2026-12-02T08:00:00Z') };
    expect(erasureDate(visit, 14)).toBe('2026-12-16');
    expect(visit.startsAt < retentionCutoff(at('2026-12-16T06:00:00Z'), 14)).toBe(true);
    expect(visit.startsAt < retentionCutoff(at('2026-12-15T21:00:00Z'), 14)).toBe(false);
  });

  it('counts a cancellation from the day it was cancelled', () => {
    const b = { startsAt: at('2026-12-20T08:00:00Z'), cancelledAt: at('2026-12-01T10:00:00Z') };
    expect(erasureDate(b, 14)).toBe('2026-12-15');
  });
});

describe('manageStateOf', () => {
  const now = at('2026-12-02T08:00:00Z');
  it.each([
    ['CONFIRMED', '2026-12-02T08:15:00Z', null, 'open'],
    ['HELD', '2026-12-03T08:00:00Z', null, 'open'],
    ['CONFIRMED', '2026-12-02T08:00:00Z', null, 'read-only'], // begun
    ['SERVED', '2026-12-02T07:00:00Z', null, 'read-only'],
    ['CANCELLED', '2026-12-09T07:00:00Z', null, 'read-only'],
    ['CONFIRMED', '2026-11-01T07:00:00Z', '2026-11-15T01:00:00Z', 'deleted'],
  ] as const)('%s at %s (anonymised %s) → %s', (status, startsAt, anonymisedAt, state) => {
    expect(
      manageStateOf({ status, startsAt: at(startsAt), anonymisedAt: anonymisedAt && at(anonymisedAt) }, now),
    ).toBe(state);
  });
});

describe('scrubContacts', () => {
  const contacts = {
    email: 'Jan.Kowalski@example.com',
    phone: '+48600123456',
    applicationNumber: 'ZAA123456',
  };

  it('removes every way of writing the contacts from nested data, keeping the rest', () => {
    const data = {
      reference: 'W-7K3MQX',
      note: 'dzwonił z 600 123 456, potem z +48 600-123-456; pisał z jan.kowalski@EXAMPLE.com',
      list: ['0048600123456', { nr: 'zaa 123 456' }, 3, null],
      from: 'CONFIRMED',
    };
    expect(scrubContacts(data, contacts)).toEqual({
      reference: 'W-7K3MQX',
      note: `dzwonił z ${ERASED}, potem z ${ERASED}; pisał z ${ERASED}`,
      list: [ERASED, { nr: ERASED }, 3, null],
      from: 'CONFIRMED',
    });
  });

  it('leaves other numbers and addresses alone, and does nothing without contacts', () => {
    const text = 'tel. 77 54 11 361, inny@example.com, 600123457';
    expect(scrubContacts(text, contacts)).toBe(text);
    expect(scrubContacts({ a: 'x' }, {})).toEqual({ a: 'x' });
  });
});
