import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { auditOf, createTestAdmin } from '@/lib/testing/catalogue';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { deleteMatter } from './delete-matter';

afterAll(() => prisma.$disconnect());

describe('deleteMatter', () => {
  it('removes a matter nobody booked, and keeps what it was in the audit log', async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    expect(await deleteMatter(admin, t.matter.id)).toEqual({ name: 'Sprawa testowa' });
    expect(await prisma.matter.count({ where: { id: t.matter.id } })).toBe(0);
    expect(await auditOf('Matter', t.matter.id)).toEqual([
      {
        action: 'matter.delete',
        actor: admin.email,
        data: {
          before: {
            categoryId: t.category.id,
            name: 'Sprawa testowa',
            peupPath: '/test',
            requiresApplicationNumber: false,
            active: true,
            sortOrder: 0,
          },
        },
      },
    ]);
  });

  it('never deletes a matter with a booking, even a cancelled one', async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    await createTestBooking(t, new Date('2026-11-02T08:00:00Z'), { status: 'CANCELLED' });
    await expect(deleteMatter(admin, t.matter.id)).rejects.toMatchObject({ code: 'MATTER_IN_USE' });
    expect(await prisma.matter.count({ where: { id: t.matter.id } })).toBe(1);
    expect(await auditOf('Matter', t.matter.id)).toEqual([]);
  });

  it("keeps an active category's last active matter", async () => {
    const t = await createTestCategory();
    const admin = await createTestAdmin();
    await deleteMatter(admin, t.matter.id);
    await expect(deleteMatter(admin, t.pickupMatter.id)).rejects.toMatchObject({ code: 'LAST_MATTER' });
    await expect(deleteMatter(admin, t.matter.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
