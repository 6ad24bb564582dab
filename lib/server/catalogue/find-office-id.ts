import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { createCatalogueCache } from './catalogue-cache';

// Offices are few and change only through a catalogue edit, which empties this on every instance.
const cache = createCatalogueCache<Map<string, string>>({ ttlMs: 10 * 60_000, max: 1 });

/**
 * The id of the office at `slug`, or null: from one remembered list of every office, so screens
 * (re)connecting by the thousand cost no query each. A slug not on the list is looked up by
 * itself (an office added since, e.g. by the seed), which costs what any 404 page costs.
 */
export async function findOfficeIdBySlug(slug: string): Promise<string | null> {
  const offices = await cache('offices', async () => {
    const rows = await prisma.office.findMany({ select: { id: true, slug: true } });
    return new Map(rows.map((o) => [o.slug, o.id]));
  });
  const known = offices.get(slug);
  if (known) return known;
  const office = await prisma.office.findUnique({ where: { slug }, select: { id: true } });
  return office?.id ?? null;
}
