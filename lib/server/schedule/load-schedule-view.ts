import 'server-only';
import { listPublicHolidays } from '@/lib/domain/holidays';
import { formatHm, localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

export type RuleRow = {
  opens: string;
  closes: string;
  slot: string;
  counters: string;
  from: string;
  to: string;
};

/** What the schedule page shows for one office and (optionally chosen) category. */
export async function loadScheduleView(officeId: string, categorySlug: string | undefined, now: Date) {
  const categories = await prisma.serviceCategory.findMany({
    where: { officeId },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, active: true },
  });
  const chosen = categories.find((c) => c.slug === categorySlug) ?? categories[0];
  if (!chosen) return { categories, category: null };
  const today = localDateOf(now);
  const c = await prisma.serviceCategory.findUniqueOrThrow({
    where: { id: chosen.id },
    select: {
      id: true,
      slug: true,
      name: true,
      horizonDays: true,
      openingRules: { orderBy: [{ weekday: 'asc' }, { opensAt: 'asc' }, { validFrom: 'asc' }] },
    },
  });
  const closures = await prisma.closure.findMany({
    where: {
      officeId,
      toDate: { gte: new Date(`${today}T00:00:00Z`) },
      OR: [{ categoryId: null }, { categoryId: c.id }],
    },
    orderBy: [{ fromDate: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, categoryId: true, fromDate: true, toDate: true, reason: true },
  });
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    c.openingRules
      .filter((r) => r.weekday === i + 1)
      .map((r): RuleRow => ({
        opens: formatHm(r.opensAt),
        closes: formatHm(r.closesAt),
        slot: String(r.slotMinutes),
        counters: String(r.counters),
        from: day(r.validFrom),
        to: day(r.validTo),
      })),
  );
  return {
    categories,
    category: {
      id: c.id,
      slug: c.slug,
      name: c.name,
      horizonDays: c.horizonDays,
      weekdays,
      defaults: defaultsOf(c.openingRules),
      closures: closures.map((x) => ({
        id: x.id,
        officeWide: x.categoryId === null,
        from: day(x.fromDate),
        to: day(x.toDate),
        reason: x.reason,
      })),
    },
    holidays: upcomingHolidays(today, 8),
  };
}

/** A new block starts like most existing ones (or 15-minute visits at one counter). */
function defaultsOf(rules: { slotMinutes: number; counters: number }[]) {
  const most = (xs: number[], fallback: number) => {
    const counts = new Map<number, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  };
  return {
    slot: String(
      most(
        rules.map((r) => r.slotMinutes),
        15,
      ),
    ),
    counters: String(
      most(
        rules.map((r) => r.counters),
        1,
      ),
    ),
  };
}

/** The next public holidays from `today` on: the office is closed then without any closure. */
export function upcomingHolidays(today: string, count: number) {
  const year = Number(today.slice(0, 4));
  return [...listPublicHolidays(year), ...listPublicHolidays(year + 1)]
    .filter((h) => h.date >= today)
    .slice(0, count);
}
