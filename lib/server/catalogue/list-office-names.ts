import 'server-only';
import { prisma } from '@/lib/server/core/db';

/** Every office by id and name, in the office's own order (e.g. to assign an account to one). */
export async function listOfficeNames(): Promise<{ id: string; name: string }[]> {
  return prisma.office.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } });
}
