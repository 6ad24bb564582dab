import 'server-only';
import { cache } from 'react';
import { peupUrl } from '@/lib/server/core/config';
import { prisma } from '@/lib/server/core/db';
import { isSlug } from '@/lib/validation/search-params';
import { createCatalogueCache } from './catalogue-cache';

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

// Read on every public page and on every hold; changed only by catalogue edits, which empty these
// on every instance (catalogue-cache.ts). Bounded: the offices' list is one entry, a category
// one per real category (a made-up slug is answered, not remembered).
const officesCache = createCatalogueCache<OfficeSummary[]>({ ttlMs: 10 * 60_000, max: 1 });
const categoryCache = createCatalogueCache<CategoryDetail | null>({
  ttlMs: 10 * 60_000,
  max: 500,
  keep: (c) => c !== null,
});

/** Both offices with their categories and the matters handled without booking (for `/`). */
export function listOffices(): Promise<OfficeSummary[]> {
  return officesCache('offices', readOffices);
}

async function readOffices(): Promise<OfficeSummary[]> {
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
  phoneOnly: boolean;
  phoneOnlyNote: string | null;
  office: OfficeContact & { id: string };
  matters: { id: string; slug: string; name: string; peupUrl: string; requiresApplicationNumber: boolean }[];
};

const CATEGORY_FIELDS = {
  id: true,
  slug: true,
  name: true,
  description: true,
  phoneOnly: true,
  phoneOnlyNote: true,
  office: { select: { id: true, ...OFFICE_FIELDS } },
  matters: {
    where: { active: true },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, slug: true, name: true, peupPath: true, requiresApplicationNumber: true },
  },
} as const;

/**
 * One office's active category as residents see it, from this process's copy (read once per
 * request at most: React cache). A slug that does not look like one (a NUL byte, 10 kB of text)
 * is no category, unasked. Its schedule is not here: lib/server/schedule/get-schedule.ts keeps
 * that, checked against its version. What a hold must obey (active, phone-only, the matter) is
 * read again under the category's lock (hold-slot.ts), whatever this copy says.
 */
export const getCategory = cache(function getCategory(
  officeSlug: string,
  categorySlug: string,
): Promise<CategoryDetail | null> {
  if (!isSlug(officeSlug) || !isSlug(categorySlug)) return Promise.resolve(null);
  return categoryCache(`slug:${officeSlug}/${categorySlug}`, async () =>
    detailOf(
      await prisma.serviceCategory.findFirst({
        where: { slug: categorySlug, active: true, office: { slug: officeSlug } },
        select: CATEGORY_FIELDS,
      }),
    ),
  );
});

/** The same by id, active or not (a use case that was handed the id: the hold's e-mail). */
export function findCategoryById(categoryId: string): Promise<CategoryDetail | null> {
  return categoryCache(`id:${categoryId}`, async () =>
    detailOf(await prisma.serviceCategory.findUnique({ where: { id: categoryId }, select: CATEGORY_FIELDS })),
  );
}

type CategoryRow = {
  matters: {
    id: string;
    slug: string;
    name: string;
    peupPath: string | null;
    requiresApplicationNumber: boolean;
  }[];
} & Omit<CategoryDetail, 'matters'>;

function detailOf(c: CategoryRow | null): CategoryDetail | null {
  if (!c) return null;
  return { ...c, matters: c.matters.map(({ peupPath, ...m }) => ({ ...m, peupUrl: peupUrl(peupPath) })) };
}
