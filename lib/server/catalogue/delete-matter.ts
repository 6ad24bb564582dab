import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/server/core/audit';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import { changeCatalogue } from './change-catalogue';
import { assertNotLastMatter, lockedMatter } from './update-matter';

/**
 * Removes a matter nobody ever booked (one added by mistake). A matter with any booking, of any
 * status, is only ever switched off: its bookings name it. The foreign key decides when a booking
 * arrives meanwhile. The seed does not bring a removed matter back.
 */
export async function deleteMatter(staff: Staff, matterId: string): Promise<{ name: string }> {
  try {
    return await changeCatalogue(async (tx) => {
      const { categoryId, fields } = await lockedMatter(tx, matterId);
      if (await tx.booking.count({ where: { matterId } })) throw new AppError('MATTER_IN_USE');
      if (fields.active) await assertNotLastMatter(tx, categoryId, matterId);
      await tx.matter.delete({ where: { id: matterId } });
      await writeAudit(tx, staff, 'matter.delete', 'Matter', matterId, { before: { categoryId, ...fields } });
      return { name: fields.name };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2003')
      throw new AppError('MATTER_IN_USE');
    throw e;
  }
}
