import { describe, expect, it } from 'vitest';
import { queueFigures } from './queue-figures';

// 1 December 2026 is winter time: Warsaw = UTC+1.
const at = (hm: string) => new Date(`2026-12-01T${hm}:00Z`);
const ticket = (categoryId: string, issued: string, called?: string, served?: string) => ({
  categoryId,
  issuedAt: at(issued),
  calledAt: called ? at(called) : null,
  servedAt: served ? at(served) : null,
});

describe('queueFigures', () => {
  it('waits and service times per category and local hour, then the whole range', () => {
    const figures = queueFigures(
      [
        ticket('P', '07:10', '07:20', '07:32'), // 08:10 in Opole: waited 10, served 12
        ticket('P', '07:40', '07:45', '07:55'), // 08:40: waited 5, served 10
        ticket('P', '08:05', '08:35'), // 09:05: waited 30, still at the counter
        ticket('P', '08:50'), // 09:50: still waiting
        ticket('K', '07:00', '07:01', '07:04'),
      ],
      ['K', 'P'],
    );
    expect(figures).toEqual([
      { categoryId: 'K', hour: 8, tickets: 1, called: 1, served: 1, waitAvg: 1, waitMax: 1, serviceAvg: 3 },
      {
        categoryId: 'K',
        hour: null,
        tickets: 1,
        called: 1,
        served: 1,
        waitAvg: 1,
        waitMax: 1,
        serviceAvg: 3,
      },
      {
        categoryId: 'P',
        hour: 8,
        tickets: 2,
        called: 2,
        served: 2,
        waitAvg: 7.5,
        waitMax: 10,
        serviceAvg: 11,
      },
      {
        categoryId: 'P',
        hour: 9,
        tickets: 2,
        called: 1,
        served: 0,
        waitAvg: 30,
        waitMax: 30,
        serviceAvg: null,
      },
      {
        categoryId: 'P',
        hour: null,
        tickets: 4,
        called: 3,
        served: 2,
        waitAvg: 15,
        waitMax: 30,
        serviceAvg: 11,
      },
    ]);
  });

  it('reads hours in the office zone across the summer-time change', () => {
    // 29 March 2026: clocks go forward at 02:00 → 03:00; 08:30 UTC is 10:30 in Opole.
    const [row] = queueFigures(
      [{ categoryId: 'P', issuedAt: new Date('2026-03-29T08:30:00Z'), calledAt: null, servedAt: null }],
      [],
    );
    expect(row!.hour).toBe(10);
  });

  it('is empty without tickets', () => {
    expect(queueFigures([], ['P'])).toEqual([]);
  });
});
