import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { type Staff } from '@/lib/server/staff/guard';
import { findCategory } from './find-managed-category';

/**
 * How many days ahead times are released. Shortening it takes no booked visit away (they stay,
 * only new times beyond the horizon are not offered), so it needs no confirmation.
 */
export async function saveHorizon(
  staff: Staff,
  input: { categoryId: string; horizonDays: number },
): Promise<{ changed: boolean; horizonDays: number }> {
  const category = await findCategory(input.categoryId, staff);
  return prisma.$transaction(async (tx) => {
    // Read under the row lock, so that the audited "before" is the value actually replaced.
    const [before] = await tx.$queryRaw<{ horizonDays: number }[]>`
      SELECT "horizonDays" FROM "ServiceCategory" WHERE id = ${category.id}::uuid FOR UPDATE`;
    if (before!.horizonDays === input.horizonDays) return { changed: false, horizonDays: input.horizonDays };
    await tx.serviceCategory.update({ where: { id: category.id }, data: { horizonDays: input.horizonDays } });
    await writeAudit(tx, staff, 'schedule.horizon-changed', 'ServiceCategory', category.id, {
      category: category.name,
      before: before!.horizonDays,
      after: input.horizonDays,
    });
    return { changed: true, horizonDays: input.horizonDays };
  });
}
