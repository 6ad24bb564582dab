import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { auditOf, createTestAdmin } from '@/lib/testing/catalogue';
import { createTestCategory } from '@/lib/testing/fixtures';
import { officeSchema } from '@/lib/validation/catalogue';
import { listOffices } from './get-category';
import { updateOffice } from './update-office';

afterAll(() => prisma.$disconnect());

const form = (officeId: string, over: Record<string, string> = {}) => ({
  officeId,
  name: 'Centrum Usług Publicznych',
  shortName: 'CUP',
  address: 'ul. Rotmistrza Witolda Pileckiego 12',
  postalCode: '45-331',
  bookingPhone: '77 54 11 400',
  ...over,
});

describe('updateOffice', () => {
  it('changes what residents read at once and audits only the fields that changed', async () => {
    const { office } = await createTestCategory();
    const admin = await createTestAdmin();
    const input = officeSchema.parse(form(office.id, { name: '  Centrum   Usług Publicznych ' }));
    expect(input.name).toBe('Centrum Usług Publicznych');

    expect(await updateOffice(admin, input)).toEqual({ name: 'Centrum Usług Publicznych' });
    const shown = (await listOffices()).find((o) => o.slug === office.slug)!;
    expect(shown).toMatchObject({
      name: 'Centrum Usług Publicznych',
      address: input.address,
      bookingPhone: '77 54 11 400',
    });

    await updateOffice(admin, { ...input, postalCode: '45-332' });
    const audit = await auditOf('Office', office.id);
    expect(audit.map((a) => a.action)).toEqual(['office.update', 'office.update']);
    expect(audit[0]!.actor).toBe(admin.email);
    expect(audit[0]!.data).toMatchObject({ before: { name: office.name, postalCode: '45-000' } });
    expect(audit[1]!.data).toEqual({ before: { postalCode: '45-331' }, after: { postalCode: '45-332' } });
  });

  it('refuses an unchanged form and an unknown office', async () => {
    const { office } = await createTestCategory();
    const admin = await createTestAdmin();
    const input = officeSchema.parse(form(office.id));
    await updateOffice(admin, input);
    await expect(updateOffice(admin, input)).rejects.toMatchObject({ code: 'UNCHANGED' });
    await expect(
      updateOffice(admin, { ...input, officeId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'catalogue.notFound.office' });
    expect(await auditOf('Office', office.id)).toHaveLength(1);
  });

  it.each([
    ['postalCode', '45018', 'catalogue.validation.postalCode'],
    ['bookingPhone', '123', 'catalogue.validation.phone'],
    ['bookingPhone', 'zadzwoń', 'catalogue.validation.phone'],
    ['name', 'a\u0000b', 'catalogue.validation.name'],
    ['name', 'x', 'catalogue.validation.name'],
    ['shortName', 'x'.repeat(21), 'catalogue.validation.shortName'],
    ['address', '', 'catalogue.validation.address'],
  ])('refuses %s = %j', (field, value, key) => {
    const r = officeSchema.safeParse(form('00000000-0000-4000-8000-000000000000', { [field]: value }));
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path[0], i.message])).toContainEqual([field, key]);
  });
});
