import 'server-only';
import { isCalendarDate, localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, resolveOffice } from '@/lib/server/staff/guard';

function validDate(s: string | undefined): s is string {
  return !!s && isCalendarDate(s);
}

/** Office (a clerk's own; an administrator's choice), category and day (default: today in Opole). */
export async function resolveDayListScope(
  staff: Staff,
  q: { biuro?: string; kategoria?: string; data?: string },
  now: Date,
) {
  const { office, offices } = await resolveOffice(staff, q.biuro);
  const categories = await prisma.serviceCategory.findMany({
    where: { officeId: office.id },
    orderBy: [{ active: 'desc' }, { sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true },
  });
  const category = categories.find((c) => c.slug === q.kategoria) ?? categories[0];
  if (!category) throw new AppError('NO_CATEGORY');
  const date = validDate(q.data) ? q.data : localDateOf(now);
  return { office, offices, categories, category, date };
}
