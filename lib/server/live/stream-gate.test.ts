import { describe, expect, it } from 'vitest';
import { createStreamGate } from './stream-gate';

describe('the stream gate', () => {
  it('admits under every cap and refuses past one, with a spread Retry-After', () => {
    const gate = createStreamGate({ total: 6, perAddress: 3, perTicket: 2 }, () => 0.5);
    const a = [1, 2, 3].map(() => gate.admit({ address: 'a' }));
    expect(a.every((x) => x.ok)).toBe(true);
    expect(gate.admit({ address: 'a' })).toEqual({ ok: false, reason: 'address', retryAfterSeconds: 30 });
    expect(gate.admit({ address: 'b', ticket: 't' }).ok).toBe(true);
    expect(gate.admit({ address: 'c', ticket: 't' }).ok).toBe(true);
    expect(gate.admit({ address: 'd', ticket: 't' })).toMatchObject({ ok: false, reason: 'ticket' });
    expect(gate.admit({ address: 'e' }).ok).toBe(true);
    expect(gate.open).toBe(6);
    expect(gate.admit({ address: 'f' })).toMatchObject({ ok: false, reason: 'total' });
  });

  it('frees a place once per release', () => {
    const gate = createStreamGate({ total: 2, perAddress: 1, perTicket: 1 });
    const first = gate.admit({ address: 'a', ticket: 't' });
    if (!first.ok) throw new Error('refused');
    expect(gate.admit({ address: 'a' }).ok).toBe(false);
    first.release();
    first.release();
    expect(gate.open).toBe(0);
    expect(gate.admit({ address: 'a', ticket: 't' }).ok).toBe(true);
    expect(gate.admit({ address: 'b', ticket: 'u' }).ok).toBe(true);
    expect(gate.admit({ address: 'c' }).ok).toBe(false);
  });

  it('spreads refusals between 15 and 45 s', () => {
    for (const r of [0, 0.25, 0.75, 0.9999]) {
      const gate = createStreamGate({ total: 0, perAddress: 1, perTicket: 1 }, () => r);
      const refusal = gate.admit({ address: 'a' });
      expect(refusal.ok).toBe(false);
      if (!refusal.ok) {
        expect(refusal.retryAfterSeconds).toBeGreaterThanOrEqual(15);
        expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(45);
      }
    }
  });
});
