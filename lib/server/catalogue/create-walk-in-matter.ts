import 'server-only';
import { placeOfNew } from '@/lib/domain/slug';
import { writeAudit } from '@/lib/server/core/audit';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import type { CreateWalkInInput } from '@/lib/validation/catalogue';
import { changeCatalogue } from './change-catalogue';

/** A new matter handled without booking, last in its office's list. */
export async function createWalkInMatter(
  staff: Staff,
  input: CreateWalkInInput,
): Promise<{ id: string; name: string }> {
  const { officeId, ...fields } = input;
  return changeCatalogue(async (tx) => {
    // The office's row is held so that two additions cannot pick the same slug.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Office" WHERE id = ${officeId}::uuid FOR UPDATE`;
    if (!locked.length) throw new AppError('NOT_FOUND', { message: 'catalogue.notFound.office' });
    const existing = await tx.walkInMatter.findMany({
      where: { officeId },
      select: { slug: true, sortOrder: true },
    });
    const { slug, sortOrder } = placeOfNew(fields.name, existing);
    const { id } = await tx.walkInMatter.create({
      data: { officeId, slug, sortOrder, ...fields },
      select: { id: true },
    });
    await writeAudit(tx, staff, 'walk-in.create', 'WalkInMatter', id, {
      after: { officeId, slug, sortOrder, ...fields },
    });
    return { id, name: fields.name };
  });
}
