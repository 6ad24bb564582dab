import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import type { OfficeInput } from '@/lib/validation/catalogue';
import { changeCatalogue, changedFields } from './change-catalogue';

/** An office's name, short name, address and booking phone, as residents read them. */
export async function updateOffice(staff: Staff, input: OfficeInput): Promise<{ name: string }> {
  const { officeId, ...after } = input;
  return changeCatalogue(async (tx) => {
    const before = await tx.office.findUnique({
      where: { id: officeId },
      select: { name: true, shortName: true, address: true, postalCode: true, bookingPhone: true },
    });
    if (!before) throw new AppError('NOT_FOUND', { message: 'catalogue.notFound.office' });
    const changes = changedFields(before, after);
    if (!changes) throw new AppError('UNCHANGED');
    await tx.office.update({ where: { id: officeId }, data: after });
    await writeAudit(tx, staff, 'office.update', 'Office', officeId, changes);
    return { name: after.name };
  });
}
