// The benchmark's empty server action and its page exist only on a server run with TERMIN_BENCH=1.
import { describe, expect, it, vi } from 'vitest';
import { outcomeOf } from '@/lib/testing/fuzz';
import { emptyAction } from './actions';
import BenchPage from './page';

const flag = vi.hoisted(() => ({ bench: false }));
vi.mock('@/lib/server/core/config', async (original) => {
  const real = await original<typeof import('@/lib/server/core/config')>();
  return { ...real, getConfig: () => ({ ...real.getConfig(), bench: flag.bench }) };
});
vi.mock('next/server', async (original) => ({
  ...(await original<typeof import('next/server')>()),
  connection: async () => {},
}));

describe('the empty server action of bench:rush', () => {
  it('is a 404, page and action, on an ordinary server', async () => {
    flag.bench = false;
    expect(await outcomeOf(() => emptyAction())).toEqual({ kind: 'not-found' });
    expect(await outcomeOf(() => BenchPage())).toEqual({ kind: 'not-found' });
  });

  it('answers ok and renders its form with TERMIN_BENCH=1', async () => {
    flag.bench = true;
    expect(await emptyAction()).toEqual({ ok: true });
    expect(await outcomeOf(() => BenchPage())).toMatchObject({ kind: 'value' });
  });
});
