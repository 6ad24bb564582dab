import { findNextFreeTime } from '@/lib/server/schedule/find-next-free-time';
import { getCategory } from '@/lib/server/catalogue/get-category';
import { getConfig } from '@/lib/server/core/config';
import { createCatalogueCache } from '@/lib/server/catalogue/catalogue-cache';
import { translator } from '@/lib/i18n/translator';

// Read-only, for PEUP pages: the next free time of a category. Cached for 60 s here and by
// any proxy in front, so a popular PEUP page costs the database one query a minute. The cache
// holds at most MAX_KEYS answers and never a 404: made-up addresses cannot fill it. A catalogue
// edit (names, address, phone-only mode) empties it on every instance at once (decision 024).
const TTL_S = 60;
const MAX_KEYS = 500;
const cache = createCatalogueCache<{ status: number; body: unknown }>({
  ttlMs: TTL_S * 1000,
  max: MAX_KEYS,
  keep: (r) => r.status === 200,
});

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ office: string; category: string }> },
) {
  const { office, category } = await params;
  const t = translator();
  const result = await cache(`${office}/${category}`, async () => {
    const c = await getCategory(office, category);
    if (!c) return { status: 404, body: { error: 'not_found', message: t('admin.api.noCategory') } };
    const next = c.phoneOnly ? null : await findNextFreeTime(c.id, new Date());
    return {
      status: 200,
      body: {
        office: { slug: c.office.slug, name: c.office.name, address: c.office.address },
        category: { slug: c.slug, name: c.name },
        phoneOnly: c.phoneOnly,
        nextFree: next && { startsAt: next.startsAt.toISOString(), freeSeats: next.free },
        bookingUrl: `${getConfig().appUrl}/rezerwacja/${c.office.slug}/${c.slug}`,
      },
    };
  });
  return Response.json(result.body, {
    status: result.status,
    headers: {
      'Cache-Control': `public, max-age=${TTL_S}, s-maxage=${TTL_S}`,
      'Access-Control-Allow-Origin': '*',
    },
  });
}
