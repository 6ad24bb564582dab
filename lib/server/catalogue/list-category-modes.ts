import 'server-only';
import { prisma } from '@/lib/server/core/db';

/** Every office's categories with their booking mode, for the administrators' settings. */
export async function listCategoryModes() {
  return prisma.office.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      shortName: true,
      bookingPhone: true,
      categories: {
        where: { active: true },
        orderBy: { sortOrder: 'asc' },
        select: { id: true, name: true, phoneOnly: true, phoneOnlyNote: true },
      },
    },
  });
}
