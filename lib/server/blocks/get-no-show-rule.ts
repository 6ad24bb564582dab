import 'server-only';
import { type NoShowRule } from '@/lib/domain/no-show';
import { prisma } from '@/lib/server/core/db';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { loadRule } from './apply-no-show-rule';

/** An office's rule as the settings form shows it. */
export async function getNoShowRule(staff: Staff, officeId: string): Promise<NoShowRule> {
  assertOfficeAccess(staff, officeId);
  return loadRule(prisma, officeId);
}
