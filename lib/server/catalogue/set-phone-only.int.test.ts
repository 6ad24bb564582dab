import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { phoneOnlySchema, setPhoneOnly } from './set-phone-only';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { bookByPhone, phoneBookingSchema } from '@/lib/server/booking/book-by-phone';
import { requestBooking } from '@/lib/server/booking/request-booking';

// The use cases check offices with the guard, which would load next-auth's session reader.
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));

afterAll(() => prisma.$disconnect());

const now = new Date('2026-12-01T06:00:00Z');
const startsAt = new Date('2026-12-02T07:00:00Z');

describe('phone-only mode', () => {
  it('refuses online holds while on, still lets clerks book by phone, and allows online again when off', async () => {
    const t = await createTestCategory();
    const admin: Staff = { ...(await createTestStaff('ADMIN')), name: 'Administrator testowy' };
    const regs = await prisma.regulationsVersion.upsert({
      where: { version: 1 },
      update: {},
      create: { version: 1, title: 'Regulamin', body: '…' },
    });
    const online = (email: string) =>
      requestBooking({
        categoryId: t.category.id,
        matterId: t.matter.id,
        startsAt,
        details: { email, phone: undefined, smsOptIn: false, idApplicationNumber: undefined },
        regulations: { versionId: regs.id, acceptedAt: now },
        now,
      });
    const set = (phoneOnly: 'on' | 'off', phoneOnlyNote?: string) =>
      setPhoneOnly(admin, phoneOnlySchema.parse({ categoryId: t.category.id, phoneOnly, phoneOnlyNote }));

    expect(await set('on', 'Ograniczenia w obsłudze do odwołania.')).toMatchObject({ phoneOnly: true });
    expect(await prisma.serviceCategory.findUniqueOrThrow({ where: { id: t.category.id } })).toMatchObject({
      phoneOnly: true,
      phoneOnlyNote: 'Ograniczenia w obsłudze do odwołania.',
    });
    await expect(online(`po-${Date.now()}@example.com`)).rejects.toMatchObject({
      code: 'PHONE_ONLY',
      userMessage: expect.stringContaining(t.office.bookingPhone),
    });
    expect(await prisma.booking.count({ where: { categoryId: t.category.id } })).toBe(0);

    const byPhone = await bookByPhone(
      admin,
      phoneBookingSchema.parse({
        categoryId: t.category.id,
        matterId: t.matter.id,
        startsAt: startsAt.toISOString(),
        phone: '600 300 400',
        regulationsRead: 'on',
      }),
      now,
    );
    expect(byPhone.reference).toBeTruthy();

    await set('off', 'ignored when switching back');
    expect(await prisma.serviceCategory.findUniqueOrThrow({ where: { id: t.category.id } })).toMatchObject({
      phoneOnly: false,
      phoneOnlyNote: null,
    });
    await expect(online(`po-${Date.now()}-2@example.com`)).resolves.toMatchObject({
      token: expect.any(String),
    });

    const audit = await prisma.auditLog.findMany({
      where: { entity: 'ServiceCategory', entityId: t.category.id, action: 'category.phone-only' },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.data)).toEqual([
      {
        before: { phoneOnly: false, note: null },
        after: { phoneOnly: true, note: 'Ograniczenia w obsłudze do odwołania.' },
      },
      {
        before: { phoneOnly: true, note: 'Ograniczenia w obsłudze do odwołania.' },
        after: { phoneOnly: false, note: null },
      },
    ]);
  });
});
