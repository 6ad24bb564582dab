import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import type { Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import type { MatterInput } from '@/lib/validation/catalogue';
import { changeCatalogue, changedFields, lockCategory } from './change-catalogue';

/**
 * A matter's name, PEUP path, whether it needs the ID-card application number, whether residents
 * may choose it, and its place in the list. Switching it off removes it from the choice; visits
 * already booked for it stay valid.
 */
export async function updateMatter(staff: Staff, input: MatterInput): Promise<{ name: string }> {
  const { matterId, ...after } = input;
  return changeCatalogue(async (tx) => {
    const before = await lockedMatter(tx, matterId);
    const changes = changedFields(before.fields, after);
    if (!changes) throw new AppError('UNCHANGED');
    if (before.fields.active && !after.active) await assertNotLastMatter(tx, before.categoryId, matterId);
    await tx.matter.update({ where: { id: matterId }, data: after });
    await writeAudit(tx, staff, 'matter.update', 'Matter', matterId, changes);
    return { name: after.name };
  });
}

/** The matter, its category's row locked (matters of one category change one at a time). */
export async function lockedMatter(tx: Tx, matterId: string) {
  const owner = await tx.matter.findUnique({ where: { id: matterId }, select: { categoryId: true } });
  if (!owner) throw new AppError('NOT_FOUND', { message: 'catalogue.notFound.matter' });
  await lockCategory(tx, owner.categoryId);
  const m = await tx.matter.findUniqueOrThrow({
    where: { id: matterId },
    select: {
      categoryId: true,
      name: true,
      peupPath: true,
      requiresApplicationNumber: true,
      active: true,
      sortOrder: true,
    },
  });
  const { categoryId, ...fields } = m;
  return { categoryId, fields };
}

/** An active category keeps at least one active matter: its page would offer nothing to book. */
export async function assertNotLastMatter(tx: Tx, categoryId: string, matterId: string): Promise<void> {
  const category = await tx.serviceCategory.findUniqueOrThrow({
    where: { id: categoryId },
    select: {
      active: true,
      _count: { select: { matters: { where: { active: true, id: { not: matterId } } } } },
    },
  });
  if (category.active && category._count.matters === 0)
    throw new AppError('LAST_MATTER', { field: 'active' });
}
