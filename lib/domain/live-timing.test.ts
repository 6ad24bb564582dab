import { describe, expect, it } from 'vitest';
import { REOPEN_MAX_MS, REOPEN_MIN_MS, jitter, reopenDelayMs } from './live-timing';

describe('reopenDelayMs', () => {
  it.each([
    { attempt: 0, random: 0, ms: 5_000 },
    { attempt: 0, random: 0.999, ms: 5_000 },
    { attempt: 1, random: 0, ms: 5_000 },
    { attempt: 1, random: 0.999, ms: 9_995 },
    { attempt: 2, random: 0.5, ms: 15_000 },
    { attempt: 3, random: 0, ms: 20_000 },
    { attempt: 4, random: 0.999, ms: 59_970 },
    { attempt: 50, random: 0, ms: 30_000 },
    { attempt: 50, random: 0.999, ms: 59_970 },
  ])('attempt $attempt, draw $random → $ms ms', ({ attempt, random, ms }) => {
    expect(reopenDelayMs(attempt, random)).toBe(ms);
  });

  it('stays within 5–60 s and grows with the attempts', () => {
    for (let attempt = 0; attempt < 20; attempt++)
      for (const r of [0, 0.3, 0.7, 0.9999]) {
        const d = reopenDelayMs(attempt, r);
        expect(d).toBeGreaterThanOrEqual(REOPEN_MIN_MS);
        expect(d).toBeLessThanOrEqual(REOPEN_MAX_MS);
        expect(reopenDelayMs(attempt + 1, r)).toBeGreaterThanOrEqual(d);
      }
  });
});

describe('jitter', () => {
  it('spreads by at most the share asked for', () => {
    expect(jitter(1_000, 0)).toBe(750);
    expect(jitter(1_000, 0.5)).toBe(1_000);
    expect(jitter(1_000, 0.9999)).toBe(1_250);
    expect(jitter(30_000, 0, 0.5)).toBe(15_000);
  });
});
