import 'server-only';
import { prisma } from '@/lib/server/core/db';

export async function listStaff() {
  return prisma.staffUser.findMany({
    orderBy: [{ active: 'desc' }, { role: 'asc' }, { email: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      lastLoginAt: true,
      office: { select: { shortName: true, name: true } },
    },
  });
}
