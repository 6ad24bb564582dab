import 'server-only';
import { cache } from 'react';
import { peupUrl } from '@/lib/server/core/config';
import { prisma } from '@/lib/server/core/db';
import { isSlug } from '@/lib/validation/search-params';

const OFFICE_FIELDS = {
  slug: true,
  name: true,
  address: true,
  postalCode: true,
  city: true,
  bookingPhone: true,
} as const;

type OfficeContact = {
  slug: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  bookingPhone: string;
};

export type OfficeSummary = OfficeContact & {
  categories: { slug: string; name: string; description: string | null; phoneOnly: boolean }[];
  walkIn: { slug: string; name: string; room: string; phones: string[] }[];
};

/** Both offices with their categories and the matters handled without booking (for `/`). */
export async function listOffices(): Promise<OfficeSummary[]> {
  const offices = await prisma.office.findMany({
    orderBy: { sortOrder: 'asc' },
    select: {
      ...OFFICE_FIELDS,
      categories: {
        where: { active: true },
        orderBy: { sortOrder: 'asc' },
        select: { slug: true, name: true, description: true, phoneOnly: true },
      },
      walkInMatters: {
        where: { active: true },
        orderBy: { sortOrder: 'asc' },
        select: { slug: true, name: true, room: true, phones: true },
      },
    },
  });
  return offices.map(({ walkInMatters, ...o }) => ({ ...o, walkIn: walkInMatters }));
}

export type CategoryDetail = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  horizonDays: number;
  holdMinutes: number;
  phoneOnly: boolean;
  phoneOnlyNote: string | null;
  office: OfficeContact & { id: string };
  matters: { id: string; slug: string; name: string; peupUrl: string; requiresApplicationNumber: boolean }[];
};

/**
 * One office's category as residents see it. Per request it is read once (React cache): the
 * page's generateMetadata and the page itself both ask. A slug that does not look like one
 * (a NUL byte, 10 kB of text) is no category, unasked.
 */
export const getCategory = cache(async function getCategory(
  officeSlug: string,
  categorySlug: string,
): Promise<CategoryDetail | null> {
  if (!isSlug(officeSlug) || !isSlug(categorySlug)) return null;
  const c = await prisma.serviceCategory.findFirst({
    where: { slug: categorySlug, active: true, office: { slug: officeSlug } },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      horizonDays: true,
      holdMinutes: true,
      phoneOnly: true,
      phoneOnlyNote: true,
      office: { select: { id: true, ...OFFICE_FIELDS } },
      matters: {
        where: { active: true },
        orderBy: { sortOrder: 'asc' },
        select: { id: true, slug: true, name: true, peupPath: true, requiresApplicationNumber: true },
      },
    },
  });
  if (!c) return null;
  return { ...c, matters: c.matters.map(({ peupPath, ...m }) => ({ ...m, peupUrl: peupUrl(peupPath) })) };
});
