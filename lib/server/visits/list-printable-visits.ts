import 'server-only';
import { formatTime } from '@/lib/i18n/format';
import { prisma } from '@/lib/server/core/db';
import { type Staff } from '@/lib/server/staff/guard';
import { type DayListScope, dayWhere } from './list-day-visits';

/**
 * What may hang in public next to the counter: the time and the identifier, nothing else. The
 * query selects nothing more, so no personal data can reach the print view by mistake.
 */
export async function listPrintableVisits(
  staff: Staff,
  s: DayListScope,
): Promise<{ time: string; reference: string }[]> {
  const rows = await prisma.booking.findMany({
    where: dayWhere(staff, s, ['CONFIRMED', 'CHECKED_IN', 'SERVED', 'NO_SHOW']),
    orderBy: [{ startsAt: 'asc' }, { reference: 'asc' }],
    select: { startsAt: true, reference: true },
  });
  return rows.map((r) => ({ time: formatTime(r.startsAt), reference: r.reference }));
}
