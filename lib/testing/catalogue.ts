// Test helpers for catalogue editing: an administrator as the use cases take one, and the
// audit entries a use case wrote.
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { createTestStaff } from './staff';

export async function createTestAdmin(): Promise<Staff> {
  return { ...(await createTestStaff('ADMIN')), name: 'Administrator testowy' };
}

/** The `data` of each audit entry about one row, oldest first. */
export async function auditOf(entity: string, entityId: string) {
  const rows = await prisma.auditLog.findMany({ where: { entity, entityId }, orderBy: { id: 'asc' } });
  return rows.map((r) => ({ action: r.action, actor: r.actor, data: r.data }));
}
