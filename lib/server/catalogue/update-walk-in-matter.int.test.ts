import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { auditOf, createTestAdmin } from '@/lib/testing/catalogue';
import { createTestCategory } from '@/lib/testing/fixtures';
import { walkInSchema } from '@/lib/validation/catalogue';
import { listOffices } from './get-category';
import { updateWalkInMatter } from './update-walk-in-matter';

afterAll(() => prisma.$disconnect());

const walkInsOf = async (slug: string) => (await listOffices()).find((o) => o.slug === slug)!.walkIn;

describe('updateWalkInMatter', () => {
  it('changes the room and phones on the home page, switches the matter off, and audits both', async () => {
    const { office } = await createTestCategory();
    const admin = await createTestAdmin();
    const w = await prisma.walkInMatter.create({
      data: {
        officeId: office.id,
        slug: 'karta-duzej-rodziny',
        name: 'Karta Dużej Rodziny',
        room: 'pokój nr 5',
        phones: ['77 54 11 357'],
      },
    });
    const input = walkInSchema.parse({
      walkInId: w.id,
      name: 'Karta Dużej Rodziny',
      room: 'pokój nr 6',
      phones: '77 54 11 359;  77 54 11 382 ',
      active: 'on',
    });
    expect(input.phones).toEqual(['77 54 11 359', '77 54 11 382']);
    await updateWalkInMatter(admin, input);
    expect(await walkInsOf(office.slug)).toEqual([
      {
        slug: 'karta-duzej-rodziny',
        name: 'Karta Dużej Rodziny',
        room: 'pokój nr 6',
        phones: ['77 54 11 359', '77 54 11 382'],
      },
    ]);

    await updateWalkInMatter(admin, { ...input, active: false });
    expect(await walkInsOf(office.slug)).toEqual([]);
    expect(await prisma.walkInMatter.count({ where: { id: w.id } })).toBe(1);
    expect((await auditOf('WalkInMatter', w.id)).map((a) => a.data)).toEqual([
      {
        before: { room: 'pokój nr 5', phones: ['77 54 11 357'] },
        after: { room: 'pokój nr 6', phones: ['77 54 11 359', '77 54 11 382'] },
      },
      { before: { active: true }, after: { active: false } },
    ]);
  });

  it.each([
    ['phones', ''],
    ['phones', '77 54 11 357, 123'],
    ['phones', '600 100 200, 600 100 201, 600 100 202, 600 100 203, 600 100 204'],
    ['room', ''],
    ['active', 'off'],
  ])('refuses %s = %j', (field, value) => {
    const r = walkInSchema.safeParse({
      walkInId: '00000000-0000-4000-8000-000000000000',
      name: 'Sprawa',
      room: 'pokój nr 5',
      phones: '77 54 11 357',
      [field]: value,
    });
    expect(r.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it('refuses a matter that does not exist', async () => {
    const admin = await createTestAdmin();
    await expect(
      updateWalkInMatter(admin, {
        walkInId: '00000000-0000-4000-8000-000000000000',
        name: 'Sprawa',
        room: 'pokój',
        phones: ['77 54 11 357'],
        active: true,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'catalogue.notFound.walkIn' });
  });
});
