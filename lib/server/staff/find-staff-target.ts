import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';

export async function loadTarget(id: string) {
  const u = await prisma.staffUser.findUnique({
    where: { id },
    select: { id: true, email: true, role: true, active: true },
  });
  if (!u) throw new AppError('NOT_FOUND', { message: 'staff.accountNotFound' });
  return u;
}
