import 'server-only';
import { placeOfNew } from '@/lib/domain/slug';
import { writeAudit } from '@/lib/server/core/audit';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import type { CreateMatterInput } from '@/lib/validation/catalogue';
import { changeCatalogue, lockCategory } from './change-catalogue';

/** A new matter at the end of its category's list, active, its slug made from its name. */
export async function createMatter(
  staff: Staff,
  input: CreateMatterInput,
): Promise<{ id: string; name: string }> {
  const { categoryId, ...fields } = input;
  return changeCatalogue(async (tx) => {
    await lockCategory(tx, categoryId);
    const category = await tx.serviceCategory.findUnique({
      where: { id: categoryId },
      select: { matters: { select: { slug: true, sortOrder: true } } },
    });
    if (!category) throw new AppError('NOT_FOUND', { message: 'catalogue.notFound.category' });
    const { slug, sortOrder } = placeOfNew(fields.name, category.matters);
    const { id } = await tx.matter.create({
      data: { categoryId, slug, sortOrder, ...fields },
      select: { id: true },
    });
    await writeAudit(tx, staff, 'matter.create', 'Matter', id, {
      after: { categoryId, slug, sortOrder, ...fields },
    });
    return { id, name: fields.name };
  });
}
