import { describe, expect, it, vi } from 'vitest';
import { periodicRunner } from './periodic-runner';

const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 8, 0, s));

describe('periodicRunner', () => {
  it('runs each job at once, then when its interval has passed, and a failing one does not stop the rest', async () => {
    const runs: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const tick = periodicRunner([
      { name: 'co-minute', everyMs: 60_000, run: async (now) => runs.push(`minute@${now.getUTCSeconds()}`) },
      {
        name: 'zawodne',
        everyMs: 10_000,
        run: async () => {
          throw new Error('awaria');
        },
      },
      { name: 'co-10-s', everyMs: 10_000, run: async (now) => runs.push(`ten@${now.getUTCSeconds()}`) },
    ]);
    for (const s of [0, 5, 10, 59]) await tick(at(s));
    expect(runs).toEqual(['minute@0', 'ten@0', 'ten@10', 'ten@59']);
    expect(error).toHaveBeenCalledTimes(3);
    error.mockRestore();
  });
});
