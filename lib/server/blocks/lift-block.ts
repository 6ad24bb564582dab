import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { liftReasonColumns } from '@/lib/server/core/reasons';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { queueLiftedEmail } from './queue-block-emails';

/** An administrator lifts a block early, with a reason; the address is told it may book again. */
export async function liftBlock(
  staff: Staff,
  input: { blockId: string; reason: string },
  now: Date,
): Promise<void> {
  const block = await prisma.contactBlock.findUnique({
    where: { id: input.blockId },
    select: { id: true, officeId: true, kind: true, value: true },
  });
  if (!block) throw new AppError('NOT_FOUND', { message: 'blocks.notFound' });
  assertOfficeAccess(staff, block.officeId);
  await prisma.$transaction(async (tx) => {
    const r = await tx.contactBlock.updateMany({
      where: { id: block.id, liftedAt: null },
      data: {
        liftedAt: now,
        liftedById: staff.id,
        ...liftReasonColumns({ code: 'MANUAL', note: input.reason }),
      },
    });
    if (!r.count) throw new AppError('ALREADY_LIFTED');
    await writeAudit(tx, staff, 'contact-block.lift', 'ContactBlock', block.id, { reason: input.reason });
    if (block.kind === 'EMAIL')
      await queueLiftedEmail(tx, {
        to: block.value,
        officeId: block.officeId,
        contacts: [block],
        key: block.id,
      });
  });
}
