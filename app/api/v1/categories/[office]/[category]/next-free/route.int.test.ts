import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { createTestCategory } from '@/lib/testing/fixtures';
import { GET } from './route';

const get = (office: string, category: string) =>
  GET(new Request(`http://localhost/api/v1/categories/${office}/${category}/next-free`), {
    params: Promise.resolve({ office, category }),
  });

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
});
