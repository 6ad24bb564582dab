import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { auditOf, createTestAdmin } from '@/lib/testing/catalogue';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { categorySchema } from '@/lib/validation/catalogue';
import { getCategory, listOffices } from './get-category';
import { updateCategory } from './update-category';

afterAll(() => prisma.$disconnect());

/** A second category of the fixture's office, with its ticket letter and one matter. */
async function sibling(officeId: string, ticketPrefix: string, active = true) {
  return prisma.serviceCategory.create({
    data: {
      officeId,
      slug: `druga-${ticketPrefix.toLowerCase()}-${Date.now()}`,
      name: 'Druga kategoria',
      ticketPrefix,
      active,
      matters: { create: { slug: 'sprawa', name: 'Sprawa' } },
    },
  });
}

const form = (categoryId: string, over: Record<string, string | undefined> = {}) =>
  categorySchema.parse({ categoryId, name: 'Prawa jazdy', ticketPrefix: 'p', active: 'on', ...over });

describe('updateCategory', () => {
  it('renames and describes a category for residents, and audits it', async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    await updateCategory(admin, form(t.category.id, { description: ' Wydanie i wymiana. ' }));
    const shown = await getCategory(t.office.slug, t.category.slug);
    expect(shown).toMatchObject({ name: 'Prawa jazdy', description: 'Wydanie i wymiana.' });
    expect(await auditOf('ServiceCategory', t.category.id)).toEqual([
      {
        action: 'category.update',
        actor: admin.email,
        data: {
          before: { name: t.category.name, description: null, ticketPrefix: 'A' },
          after: { name: 'Prawa jazdy', description: 'Wydanie i wymiana.', ticketPrefix: 'P' },
        },
      },
    ]);
  });

  it("keeps a ticket letter unique among the office's active categories", async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    await sibling(t.office.id, 'P');
    await sibling(t.office.id, 'W', false);
    await expect(updateCategory(admin, form(t.category.id))).rejects.toMatchObject({
      code: 'TICKET_LETTER_TAKEN',
      field: 'ticketPrefix',
    });
    // An inactive category's letter is free to take; another office's letters are not in the way.
    await updateCategory(admin, form(t.category.id, { ticketPrefix: 'W' }));
    const other = await createTestCategory();
    await updateCategory(admin, form(other.category.id, { ticketPrefix: 'W' }));
    // …and the inactive one cannot come back with the letter now in use.
    const w = await prisma.serviceCategory.findFirstOrThrow({
      where: { officeId: t.office.id, ticketPrefix: 'W', active: false },
    });
    await expect(
      updateCategory(admin, form(w.id, { name: w.name, ticketPrefix: 'W' })),
    ).rejects.toMatchObject({
      code: 'TICKET_LETTER_TAKEN',
    });
    expect(await auditOf('ServiceCategory', w.id)).toEqual([]);
  });

  it('lets only one of two administrators take the same letter at the same moment', async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    const b = await sibling(t.office.id, 'B');
    const results = await Promise.allSettled([
      updateCategory(admin, form(t.category.id, { ticketPrefix: 'Z' })),
      updateCategory(admin, form(b.id, { ticketPrefix: 'Z' })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'TICKET_LETTER_TAKEN' },
    });
    expect(await prisma.serviceCategory.count({ where: { officeId: t.office.id, ticketPrefix: 'Z' } })).toBe(
      1,
    );
  });

  it('switches a category off instead of deleting it: hidden from residents, its bookings valid', async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    const booking = await createTestBooking(t, new Date('2026-12-14T08:00:00Z'));
    await updateCategory(
      admin,
      form(t.category.id, { name: t.category.name, ticketPrefix: 'A', active: undefined }),
    );
    expect(await getCategory(t.office.slug, t.category.slug)).toBeNull();
    expect((await listOffices()).find((o) => o.slug === t.office.slug)!.categories).toEqual([]);
    const after = await prisma.booking.findUniqueOrThrow({
      where: { id: booking.id },
      include: { claim: true },
    });
    expect(after.status).toBe('CONFIRMED');
    expect(after.claim).not.toBeNull();
    expect(await prisma.serviceCategory.count({ where: { id: t.category.id } })).toBe(1);

    await updateCategory(admin, form(t.category.id, { name: t.category.name, ticketPrefix: 'A' }));
    expect(await getCategory(t.office.slug, t.category.slug)).not.toBeNull();
  });

  it('refuses to switch on a category with no active matter', async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    await prisma.serviceCategory.update({ where: { id: t.category.id }, data: { active: false } });
    await prisma.matter.updateMany({ where: { categoryId: t.category.id }, data: { active: false } });
    await expect(
      updateCategory(admin, form(t.category.id, { name: t.category.name, ticketPrefix: 'A' })),
    ).rejects.toMatchObject({ code: 'LAST_MATTER' });
  });

  it.each([
    ['ticketPrefix', 'AB'],
    ['ticketPrefix', 'Ą'],
    ['ticketPrefix', '1'],
    ['ticketPrefix', ''],
    ['active', 'yes'],
    ['description', 'x'.repeat(501)],
    ['description', 'a\u0000b'],
    ['categoryId', 'kat-1'],
  ])('refuses %s = %j', (field, value) => {
    const r = categorySchema.safeParse({
      categoryId: '00000000-0000-4000-8000-000000000000',
      name: 'Prawa jazdy',
      ticketPrefix: 'P',
      [field]: value,
    });
    expect(r.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});
