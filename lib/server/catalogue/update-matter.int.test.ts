import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { getConfig } from '@/lib/server/core/config';
import { auditOf, createTestAdmin } from '@/lib/testing/catalogue';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { matterSchema } from '@/lib/validation/catalogue';
import { getCategory } from './get-category';
import { updateMatter } from './update-matter';

afterAll(() => prisma.$disconnect());

const form = (matterId: string, over: Record<string, string | undefined> = {}) =>
  matterSchema.parse({
    matterId,
    name: 'Wydanie prawa jazdy',
    peupPath: '/katalog/komunikacja/wydanie-prawa-jazdy',
    active: 'on',
    sortOrder: '1',
    ...over,
  });

describe('updateMatter', () => {
  it('sets the PEUP path residents are linked to, and audits the change', async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    await updateMatter(admin, form(t.matter.id, { requiresApplicationNumber: 'on' }));
    const shown = (await getCategory(t.office.slug, t.category.slug))!.matters.find(
      (m) => m.id === t.matter.id,
    );
    expect(shown).toMatchObject({
      name: 'Wydanie prawa jazdy',
      peupUrl: `${getConfig().peupBaseUrl}/katalog/komunikacja/wydanie-prawa-jazdy`,
      requiresApplicationNumber: true,
    });
    expect(await auditOf('Matter', t.matter.id)).toEqual([
      {
        action: 'matter.update',
        actor: admin.email,
        data: {
          before: {
            name: 'Sprawa testowa',
            peupPath: '/test',
            requiresApplicationNumber: false,
            sortOrder: 0,
          },
          after: {
            name: 'Wydanie prawa jazdy',
            peupPath: '/katalog/komunikacja/wydanie-prawa-jazdy',
            requiresApplicationNumber: true,
            sortOrder: 1,
          },
        },
      },
    ]);
    await expect(
      updateMatter(admin, form(t.matter.id, { requiresApplicationNumber: 'on' })),
    ).rejects.toMatchObject({
      code: 'UNCHANGED',
    });
  });

  it('orders the choice by the order given', async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    await updateMatter(
      admin,
      form(t.pickupMatter.id, { name: 'Odbiór', sortOrder: '1', requiresApplicationNumber: 'on' }),
    );
    await updateMatter(admin, form(t.matter.id, { sortOrder: '2' }));
    const names = (await getCategory(t.office.slug, t.category.slug))!.matters.map((m) => m.name);
    expect(names).toEqual(['Odbiór', 'Wydanie prawa jazdy']);
  });

  it('switches a matter off: gone from the choice, its bookings valid; the last one stays on', async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    const booking = await createTestBooking(t, new Date('2026-12-14T08:00:00Z'));
    await updateMatter(admin, form(t.matter.id, { active: undefined }));
    const matters = (await getCategory(t.office.slug, t.category.slug))!.matters;
    expect(matters.map((m) => m.id)).toEqual([t.pickupMatter.id]);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: 'CONFIRMED',
      matterId: t.matter.id,
    });

    await expect(
      updateMatter(
        admin,
        form(t.pickupMatter.id, {
          name: 'Odbiór dokumentu',
          active: undefined,
          requiresApplicationNumber: 'on',
        }),
      ),
    ).rejects.toMatchObject({ code: 'LAST_MATTER' });
    expect(await prisma.matter.findUniqueOrThrow({ where: { id: t.pickupMatter.id } })).toMatchObject({
      active: true,
    });
  });

  it.each([
    ['/katalog/sprawa?id=12#dokumenty', '/katalog/sprawa?id=12#dokumenty'],
    ['  /wydanie-prawa-jazdy  ', '/wydanie-prawa-jazdy'],
    ['/sprawa/%C5%BC', '/sprawa/%C5%BC'],
    ['', null],
  ])('accepts the PEUP path %j', (peupPath, stored) => {
    expect(form('00000000-0000-4000-8000-000000000000', { peupPath }).peupPath).toBe(stored);
  });

  it.each([
    'https://peup.um.opole.pl/sprawa',
    'peup.um.opole.pl/sprawa',
    '//evil.example/sprawa',
    '/sprawa z spacją',
    '/sprawa\twydanie',
    '/\\evil.example',
    '/sprawa/<script>',
    'javascript:alert(1)',
    `/${'a'.repeat(300)}`,
    '/żółw',
  ])('refuses the PEUP path %j', (peupPath) => {
    const r = matterSchema.safeParse({
      matterId: '00000000-0000-4000-8000-000000000000',
      name: 'Sprawa',
      peupPath,
      sortOrder: '1',
    });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['peupPath', 'catalogue.validation.peupPath'],
    ]);
  });
});
