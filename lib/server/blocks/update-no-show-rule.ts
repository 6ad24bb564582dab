import 'server-only';
import { type NoShowRule } from '@/lib/domain/no-show';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { loadRule } from './apply-no-show-rule';

/** An administrator changes an office's rule; blocks already imposed keep their end. */
export async function updateNoShowRule(
  staff: Staff,
  input: NoShowRule & { officeId: string },
): Promise<void> {
  assertOfficeAccess(staff, input.officeId);
  await prisma.$transaction(async (tx) => {
    const before = await loadRule(tx, input.officeId);
    await tx.office.update({
      where: { id: input.officeId },
      data: { noShowLimit: input.limit, noShowWindowDays: input.windowDays, blockDays: input.blockDays },
    });
    await writeAudit(tx, staff, 'office.no-show-rule', 'Office', input.officeId, {
      from: before,
      to: { limit: input.limit, windowDays: input.windowDays, blockDays: input.blockDays },
    });
  });
}
