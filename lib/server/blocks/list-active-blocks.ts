import 'server-only';
import type { BlockReason } from '@/lib/domain/reasons';
import { prisma } from '@/lib/server/core/db';
import { BLOCK_REASON_SELECT, blockReasonOf } from '@/lib/server/core/reasons';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';

export type BlockRow = {
  id: string;
  kind: 'EMAIL' | 'PHONE';
  value: string;
  /** Put into words by the page (lib/i18n/reasons.ts blockReasonText). */
  reason: BlockReason;
  source: 'NO_SHOW_RULE' | 'MANUAL';
  startsAt: Date;
  endsAt: Date;
};

/** Blocks in force at an office now (and those set to start later), soonest ending first. */
export async function listActiveBlocks(staff: Staff, officeId: string, now: Date): Promise<BlockRow[]> {
  assertOfficeAccess(staff, officeId);
  const rows = await prisma.contactBlock.findMany({
    where: { officeId, liftedAt: null, endsAt: { gt: now } },
    orderBy: [{ endsAt: 'asc' }, { kind: 'asc' }, { value: 'asc' }],
    select: {
      id: true,
      kind: true,
      value: true,
      source: true,
      startsAt: true,
      endsAt: true,
      ...BLOCK_REASON_SELECT,
    },
  });
  return rows.map((b) => ({
    id: b.id,
    kind: b.kind,
    value: b.value,
    reason: blockReasonOf(b),
    source: b.source,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
  }));
}
