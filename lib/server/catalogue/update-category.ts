import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import type { CategoryInput } from '@/lib/validation/catalogue';
import { changeCatalogue, changedFields, isUniqueViolation, lockCategory } from './change-catalogue';

/**
 * A category's name, description, ticket letter and whether residents see it. Switching it off
 * hides it from the public pages and refuses new bookings; the visits already booked stay valid
 * (nothing about them changes). The ticket letter is unique among the office's active categories:
 * a partial unique index decides, so two administrators cannot both take one letter.
 */
export async function updateCategory(staff: Staff, input: CategoryInput): Promise<{ name: string }> {
  const { categoryId, ...after } = input;
  try {
    return await changeCatalogue(async (tx) => {
      await lockCategory(tx, categoryId);
      const found = await tx.serviceCategory.findUnique({
        where: { id: categoryId },
        select: {
          name: true,
          description: true,
          ticketPrefix: true,
          active: true,
          _count: { select: { matters: { where: { active: true } } } },
        },
      });
      if (!found) throw new AppError('NOT_FOUND', { message: 'catalogue.notFound.category' });
      const { _count, ...before } = found;
      const changes = changedFields(before, after);
      if (!changes) throw new AppError('UNCHANGED');
      if (after.active && _count.matters === 0) throw new AppError('LAST_MATTER', { field: 'active' });
      await tx.serviceCategory.update({ where: { id: categoryId }, data: after });
      await writeAudit(tx, staff, 'category.update', 'ServiceCategory', categoryId, changes);
      return { name: after.name };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('TICKET_LETTER_TAKEN', { field: 'ticketPrefix' });
    throw e;
  }
}
