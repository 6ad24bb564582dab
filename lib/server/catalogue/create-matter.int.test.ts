import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { auditOf, createTestAdmin } from '@/lib/testing/catalogue';
import { createTestCategory } from '@/lib/testing/fixtures';
import { createMatterSchema } from '@/lib/validation/catalogue';
import { createMatter } from './create-matter';
import { getCategory } from './get-category';

afterAll(() => prisma.$disconnect());

describe('createMatter', () => {
  it('adds an active matter at the end of the choice, its slug from its name, and audits it', async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    const input = createMatterSchema.parse({
      categoryId: t.category.id,
      name: 'Wydanie międzynarodowego prawa jazdy',
      peupPath: '/katalog/miedzynarodowe-prawo-jazdy',
    });
    const first = await createMatter(admin, input);
    const second = await createMatter(admin, { ...input, requiresApplicationNumber: true });
    const rows = await prisma.matter.findMany({
      where: { id: { in: [first.id, second.id] } },
      orderBy: { sortOrder: 'asc' },
    });
    expect(rows.map((m) => [m.slug, m.sortOrder, m.active, m.requiresApplicationNumber])).toEqual([
      ['wydanie-miedzynarodowego-prawa-jazdy', 1, true, false],
      ['wydanie-miedzynarodowego-prawa-jazdy-2', 2, true, true],
    ]);
    const names = (await getCategory(t.office.slug, t.category.slug))!.matters.map((m) => m.name);
    expect(names.slice(-2)).toEqual([input.name, input.name]);
    expect(await auditOf('Matter', first.id)).toEqual([
      {
        action: 'matter.create',
        actor: admin.email,
        data: {
          after: {
            categoryId: t.category.id,
            slug: 'wydanie-miedzynarodowego-prawa-jazdy',
            sortOrder: 1,
            name: input.name,
            peupPath: '/katalog/miedzynarodowe-prawo-jazdy',
            requiresApplicationNumber: false,
          },
        },
      },
    ]);
  });

  it('refuses an unknown category and a form without a name', async () => {
    const admin = await createTestAdmin();
    await expect(
      createMatter(admin, {
        categoryId: '00000000-0000-4000-8000-000000000000',
        name: 'Sprawa',
        peupPath: null,
        requiresApplicationNumber: false,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'catalogue.notFound.category' });
    const r = createMatterSchema.safeParse({
      categoryId: '00000000-0000-4000-8000-000000000000',
      peupPath: '/x',
    });
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(['name']);
  });
});
