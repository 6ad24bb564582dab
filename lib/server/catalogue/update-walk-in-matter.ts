import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import type { WalkInInput } from '@/lib/validation/catalogue';
import { changeCatalogue, changedFields } from './change-catalogue';

/** A matter handled without booking: its name, room and phones, and whether the home page lists it. */
export async function updateWalkInMatter(staff: Staff, input: WalkInInput): Promise<{ name: string }> {
  const { walkInId, ...after } = input;
  return changeCatalogue(async (tx) => {
    const before = await tx.walkInMatter.findUnique({
      where: { id: walkInId },
      select: { name: true, room: true, phones: true, active: true },
    });
    if (!before) throw new AppError('NOT_FOUND', { message: 'catalogue.notFound.walkIn' });
    const changes = changedFields(before, after);
    if (!changes) throw new AppError('UNCHANGED');
    await tx.walkInMatter.update({ where: { id: walkInId }, data: after });
    await writeAudit(tx, staff, 'walk-in.update', 'WalkInMatter', walkInId, changes);
    return { name: after.name };
  });
}
