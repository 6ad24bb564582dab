import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BlockReason, CancelReason, LiftReason } from '@/lib/domain/reasons';
import type { $Enums } from '@/lib/generated/prisma/client';
import { blockReasonColumns, blockReasonOf, liftReasonColumns } from './reasons';

describe('the reason columns', () => {
  it('hold exactly the domain’s codes (a code added on one side only fails the type check)', () => {
    expectTypeOf<$Enums.CancelReason>().toEqualTypeOf<CancelReason>();
    expectTypeOf<$Enums.BlockReasonCode>().toEqualTypeOf<BlockReason['code']>();
    expectTypeOf<$Enums.LiftReasonCode>().toEqualTypeOf<LiftReason['code']>();
  });

  it.each<BlockReason>([
    { code: 'NO_SHOWS', count: 2, days: 90 },
    { code: 'MANUAL', note: 'odsprzedaż terminów' },
  ])('a block’s reason goes into its columns and comes back: %o', (reason) => {
    expect(blockReasonOf(blockReasonColumns(reason))).toEqual(reason);
  });

  it('fill the columns of one shape and empty the others', () => {
    expect(blockReasonColumns({ code: 'NO_SHOWS', count: 3, days: 30 })).toEqual({
      reason: 'NO_SHOWS',
      noShowCount: 3,
      noShowDays: 30,
      reasonNote: null,
    });
    expect(liftReasonColumns({ code: 'NO_SHOW_UNDONE' })).toEqual({
      liftReason: 'NO_SHOW_UNDONE',
      liftNote: null,
    });
    expect(liftReasonColumns({ code: 'MANUAL', note: 'pomyłka' })).toEqual({
      liftReason: 'MANUAL',
      liftNote: 'pomyłka',
    });
  });

  it('refuse a row out of shape instead of guessing its words', () => {
    expect(() =>
      blockReasonOf({ reason: 'NO_SHOWS', noShowCount: null, noShowDays: 90, reasonNote: null }),
    ).toThrow(/do not fit/);
  });
});
