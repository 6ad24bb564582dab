import 'server-only';
import type { BlockReason, LiftReason } from '@/lib/domain/reasons';
import type { Prisma } from '@/lib/generated/prisma/client';

// A contact block's reasons (lib/domain/reasons.ts) as ContactBlock's columns store them: one
// place turns a reason into columns and back. The migration's CHECK constraints allow only these
// shapes (prisma/migrations/20261207110000_reason_codes). Booking's reason needs no mapping: its
// code and note are columns of their own (cancelReason, cancelNote).

/** The columns that hold a block's reason, to `select`. */
export const BLOCK_REASON_SELECT = {
  reason: true,
  noShowCount: true,
  noShowDays: true,
  reasonNote: true,
} as const satisfies Prisma.ContactBlockSelect;

export type BlockReasonRow = Prisma.ContactBlockGetPayload<{ select: typeof BLOCK_REASON_SELECT }>;

export function blockReasonColumns(r: BlockReason) {
  return r.code === 'NO_SHOWS'
    ? { reason: r.code, noShowCount: r.count, noShowDays: r.days, reasonNote: null }
    : { reason: r.code, noShowCount: null, noShowDays: null, reasonNote: r.note };
}

export function blockReasonOf(row: BlockReasonRow): BlockReason {
  if (row.reason === 'MANUAL' && row.reasonNote !== null) return { code: 'MANUAL', note: row.reasonNote };
  if (row.reason === 'NO_SHOWS' && row.noShowCount !== null && row.noShowDays !== null)
    return { code: 'NO_SHOWS', count: row.noShowCount, days: row.noShowDays };
  // The CHECK constraint makes this unreachable; the note is not repeated (it may name a contact).
  throw new Error(`A contact block's reason columns do not fit its code ${row.reason}`);
}

export function liftReasonColumns(r: LiftReason) {
  return { liftReason: r.code, liftNote: r.code === 'MANUAL' ? r.note : null };
}
