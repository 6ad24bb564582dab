import 'server-only';
import { prisma } from '@/lib/server/core/db';

/** An office as administrators edit it: its details, its categories, its matters without booking. */
export async function loadOfficeCatalogue(officeId: string) {
  return prisma.office.findUniqueOrThrow({
    where: { id: officeId },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      address: true,
      postalCode: true,
      bookingPhone: true,
      categories: {
        orderBy: [{ active: 'desc' }, { sortOrder: 'asc' }],
        select: {
          id: true,
          slug: true,
          name: true,
          ticketPrefix: true,
          active: true,
          matters: { select: { active: true } },
        },
      },
      walkInMatters: {
        orderBy: [{ active: 'desc' }, { sortOrder: 'asc' }],
        select: { id: true, name: true, room: true, phones: true, active: true },
      },
    },
  });
}

export type OfficeCatalogue = Awaited<ReturnType<typeof loadOfficeCatalogue>>;

/** One category of an office with all its matters (active or not) and how many bookings each has. */
export async function loadCategoryCatalogue(officeId: string, slug: string | undefined) {
  if (!slug) return null;
  const c = await prisma.serviceCategory.findFirst({
    where: { officeId, slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      ticketPrefix: true,
      active: true,
      matters: {
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
        select: {
          id: true,
          name: true,
          peupPath: true,
          requiresApplicationNumber: true,
          active: true,
          sortOrder: true,
          _count: { select: { bookings: true } },
        },
      },
    },
  });
  if (!c) return null;
  return {
    ...c,
    matters: c.matters.map(({ _count, ...m }) => ({ ...m, bookings: _count.bookings })),
  };
}

export type CategoryCatalogue = NonNullable<Awaited<ReturnType<typeof loadCategoryCatalogue>>>;
