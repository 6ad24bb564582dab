import { afterAll, describe, expect, it } from 'vitest';
import { isCatalogueCacheListening, stopCatalogueListener } from '@/lib/server/catalogue/catalogue-cache';
import { updateCategory } from '@/lib/server/catalogue/update-category';
import { createTestAdmin } from '@/lib/testing/catalogue';
import { prisma } from '@/lib/server/core/db';
import { recordCacheNotices, whileQuiet } from '@/lib/testing/cache-notices';
import { createTestCategory } from '@/lib/testing/fixtures';
import { GET } from './route';

const get = (office: string, category: string) =>
  GET(new Request(`http://localhost/api/v1/categories/${office}/${category}/next-free`), {
    params: Promise.resolve({ office, category }),
  });

afterAll(() => stopCatalogueListener());

describe('GET next-free', () => {
  it('does not remember an unknown category: once it exists it is found at once', async () => {
    const { office, category } = await createTestCategory();
    const slug = `${category.slug}-nowa`;
    const missing = await get(office.slug, slug);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found', message: 'Nie ma takiej kategorii.' });

    await prisma.serviceCategory.update({ where: { id: category.id }, data: { slug } });
    const found = await get(office.slug, slug);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ category: { slug }, office: { slug: office.slug } });
  });

  it('remembers an answer for a minute, but not past a catalogue edit', async () => {
    const { office, category } = await createTestCategory();
    const name = async () =>
      ((await (await get(office.slug, category.slug)).json()) as { category: { name: string } }).category
        .name;
    await get(office.slug, category.slug);
    for (let i = 0; !isCatalogueCacheListening(); i++) {
      expect(i).toBeLessThan(500);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await name()).toBe(category.name);
    // Written behind the cache's back: the remembered answer is still served (unless another
    // file's edit emptied the copies meanwhile: then the check runs again, the answer remembered anew)…
    const notices = await recordCacheNotices();
    try {
      const served = await whileQuiet(notices, async () => {
        await name();
        await prisma.serviceCategory.update({ where: { id: category.id }, data: { name: 'Po cichu' } });
        const seen = await name();
        await prisma.serviceCategory.update({ where: { id: category.id }, data: { name: category.name } });
        return seen;
      });
      expect(served).toBe(category.name);
    } finally {
      await notices.stop();
    }
    // …until an administrator's edit, which every instance hears of.
    await updateCategory(await createTestAdmin(), {
      categoryId: category.id,
      name: 'Prawa jazdy',
      description: null,
      ticketPrefix: 'A',
      active: true,
    });
    expect(await name()).toBe('Prawa jazdy');
  });
});
