import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';

export type BlockRow = {
  id: string;
  kind: 'EMAIL' | 'PHONE';
  value: string;
  reason: string;
  source: 'NO_SHOW_RULE' | 'MANUAL';
  startsAt: Date;
  endsAt: Date;
};

/** Blocks in force at an office now (and those set to start later), soonest ending first. */
export async function listActiveBlocks(staff: Staff, officeId: string, now: Date): Promise<BlockRow[]> {
  assertOfficeAccess(staff, officeId);
  return prisma.contactBlock.findMany({
    where: { officeId, liftedAt: null, endsAt: { gt: now } },
    orderBy: [{ endsAt: 'asc' }, { kind: 'asc' }, { value: 'asc' }],
    select: { id: true, kind: true, value: true, reason: true, source: true, startsAt: true, endsAt: true },
  });
}
