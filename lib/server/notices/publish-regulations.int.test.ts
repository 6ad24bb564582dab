import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { dropOwnDatabase } from '@/lib/testing/own-database';
import type { Staff } from '@/lib/server/staff/guard';
import { bookByPhone, phoneBookingSchema } from '@/lib/server/booking/book-by-phone';
import { listRegulationsVersions } from './list-regulations-versions';
import { publishRegulations, regulationsSchema } from './publish-regulations';
import { decodeAcceptance, encodeAcceptance, getCurrentRegulations } from './get-current-regulations';

// The use cases check offices with the guard, which would load next-auth's session reader.
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));
// Publishing changes the current version for every booking: a database of its own, so that other
// files' residents, who accepted the version current when they started, are not asked again.
vi.mock('@/lib/server/core/db', async () =>
  (await import('@/lib/testing/own-database')).ownDatabase('publish_regulations'),
);

const { prisma } = await import('@/lib/server/core/db');
afterAll(async () => {
  await prisma.$disconnect();
  await dropOwnDatabase();
});

const now = new Date('2026-12-01T06:00:00Z');
const body = (tag: string) =>
  `§ 1. Zakres\n1. Wersja testowa ${tag}: system służy wyłącznie ustalaniu terminów wizyt w urzędzie.`;

describe('publishing the regulations', () => {
  it('makes the next version current; bookings keep theirs and the old acceptance no longer suffices', async () => {
    await prisma.regulationsVersion.upsert({
      where: { version: 1 },
      update: {},
      create: { version: 1, title: 'Regulamin', body: '…' },
    });
    const admin: Staff = { ...(await createTestStaff('ADMIN')), name: 'Administrator testowy' };
    const t = await createTestCategory();
    const book = (hour: number) =>
      bookByPhone(
        admin,
        phoneBookingSchema.parse({
          categoryId: t.category.id,
          matterId: t.matter.id,
          startsAt: new Date(Date.UTC(2026, 11, 2, hour)).toISOString(),
          phone: `600 400 4${hour}0`,
          regulationsRead: 'on',
        }),
        now,
      );
    const old = await getCurrentRegulations();
    const oldBooking = await book(7);
    const oldCookie = encodeAcceptance(old.version, now);

    const tag = crypto.randomUUID();
    const published = await publishRegulations(
      admin,
      regulationsSchema.parse({ title: 'Regulamin rezerwacji, wydanie drugie', body: body(tag) }),
      now,
    );
    expect(published.version).toBe(old.version + 1);
    const current = await getCurrentRegulations();
    expect(current).toMatchObject({ version: published.version, body: body(tag) });

    const kept = await prisma.booking.findUniqueOrThrow({ where: { id: oldBooking.id } });
    expect(kept.regulationsVersionId).toBe(old.id);
    const fresh = await prisma.booking.findUniqueOrThrow({ where: { id: (await book(8)).id } });
    expect(fresh.regulationsVersionId).toBe(current.id);

    expect(decodeAcceptance(oldCookie, current.version)).toBeNull();
    expect(decodeAcceptance(encodeAcceptance(current.version, now), current.version)).not.toBeNull();

    const listed = (await listRegulationsVersions()).find((v) => v.version === published.version);
    expect(listed).toMatchObject({ publishedBy: `Test ADMIN (${admin.email})` });
    expect(listed!.bookings).toBeGreaterThanOrEqual(1); // other test files may book meanwhile
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: 'RegulationsVersion', entityId: current.id },
    });
    expect(audit).toMatchObject({ action: 'regulations.publish', actorId: admin.id });
  });

  it('does not publish a version identical to the current one', async () => {
    const admin: Staff = { ...(await createTestStaff('ADMIN')), name: 'Administrator testowy' };
    const input = regulationsSchema.parse({
      title: 'Regulamin, wydanie próbne',
      body: body(crypto.randomUUID()),
    });
    const { version } = await publishRegulations(admin, input, now);
    await expect(publishRegulations(admin, input, now)).rejects.toMatchObject({ code: 'UNCHANGED' });
    expect((await getCurrentRegulations()).version).toBe(version);
  });
});
