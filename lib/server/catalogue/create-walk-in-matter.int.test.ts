import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { auditOf, createTestAdmin } from '@/lib/testing/catalogue';
import { createTestCategory } from '@/lib/testing/fixtures';
import { createWalkInSchema } from '@/lib/validation/catalogue';
import { createWalkInMatter } from './create-walk-in-matter';
import { listOffices } from './get-category';

afterAll(() => prisma.$disconnect());

describe('createWalkInMatter', () => {
  it('lists a new matter handled without booking last on the home page, and audits it', async () => {
    const { office } = await createTestCategory();
    const admin = await createTestAdmin();
    const input = createWalkInSchema.parse({
      officeId: office.id,
      name: 'Zaświadczenie o niekaralności',
      room: 'pokój nr 9',
      phones: '77 54 11 359',
    });
    const a = await createWalkInMatter(admin, input);
    await createWalkInMatter(admin, input);
    const shown = (await listOffices()).find((o) => o.slug === office.slug)!.walkIn;
    expect(shown.map((w) => w.slug)).toEqual([
      'zaswiadczenie-o-niekaralnosci',
      'zaswiadczenie-o-niekaralnosci-2',
    ]);
    expect(await auditOf('WalkInMatter', a.id)).toMatchObject([
      {
        action: 'walk-in.create',
        data: { after: { officeId: office.id, room: 'pokój nr 9', phones: ['77 54 11 359'] } },
      },
    ]);
  });

  it('refuses an unknown office', async () => {
    const admin = await createTestAdmin();
    await expect(
      createWalkInMatter(admin, {
        officeId: '00000000-0000-4000-8000-000000000000',
        name: 'Sprawa',
        room: 'pokój',
        phones: ['77 54 11 357'],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'catalogue.notFound.office' });
  });
});
