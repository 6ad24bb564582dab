import 'server-only';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';

/** The ticket machine's settings and devices are an administrator's. */
export function assertAdmin(staff: Staff): void {
  if (staff.role !== 'ADMIN') throw new AppError('FORBIDDEN');
}
