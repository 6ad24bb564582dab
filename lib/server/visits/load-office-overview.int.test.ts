import { describe, expect, it } from 'vitest';
import { addDays, atLocalTime, localDateOf } from '@/lib/domain/time';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { prisma } from '@/lib/server/core/db';
import { exportBookingsCsv } from './export-bookings';
import { loadOfficeOverview } from './load-office-overview';

// A Wednesday; the test category opens Mon–Fri 8:00–12:00, 15-minute slots, 3 counters = 48 seats.
const today = '2027-03-03';
const now = atLocalTime(today, 10 * 60); // 10:00 in Opole

describe('office overview', () => {
  it("counts each day's capacity, bookings and free seats, and the no-show rate of 30 days", async () => {
    const t = await createTestCategory();
    await prisma.closure.create({
      data: {
        officeId: t.office.id,
        fromDate: new Date(`${addDays(today, 1)}T00:00:00Z`),
        toDate: new Date(`${addDays(today, 1)}T00:00:00Z`),
        reason: 'szkolenie',
      },
    });
    // Today: two visits already served or missed (8:00), one confirmed later (11:00).
    await createTestBooking(t, atLocalTime(today, 8 * 60), { status: 'SERVED' });
    await createTestBooking(t, atLocalTime(today, 8 * 60), { status: 'NO_SHOW', seat: 2 });
    await createTestBooking(t, atLocalTime(today, 11 * 60), { status: 'CONFIRMED' });
    await createTestBooking(t, atLocalTime(today, 11 * 60 + 15), { status: 'CANCELLED' });
    // Earlier this month: 3 served, 1 no-show, 1 never marked.
    for (const [i, status] of (['SERVED', 'SERVED', 'CHECKED_IN', 'NO_SHOW', 'CONFIRMED'] as const).entries())
      await createTestBooking(t, atLocalTime(addDays(today, -7), 8 * 60 + i * 15), { status });
    // Older than 30 days: not counted.
    await createTestBooking(t, atLocalTime(addDays(today, -35), 8 * 60), { status: 'NO_SHOW' });

    const o = await loadOfficeOverview(t.office.id, now);
    expect(o.from).toBe(today);
    expect(o.to).toBe(addDays(today, 6));
    const c = o.categories.find((x) => x.id === t.category.id)!;
    const [wed, thu, fri, sat] = c.days;
    // Whole day 48 seats; 3 booked; slots starting after 10:00 are 7 × 3 = 21 seats, 1 of them taken.
    expect(wed).toEqual({ date: today, status: 'open', capacity: 48, booked: 3, free: 20 });
    expect(thu).toMatchObject({ status: 'closed', capacity: 0, booked: 0, free: 0 });
    expect(fri).toMatchObject({ status: 'open', capacity: 48, free: 48 });
    expect(sat).toMatchObject({ status: 'closed', capacity: 0 });
    // Served today + 3 attended a week ago; no-shows today and a week ago; one unmarked.
    expect(c.attendance).toEqual({ attended: 4, noShow: 2, unmarked: 1 });
  });

  it('exports the range as CSV without contact data', async () => {
    const t = await createTestCategory();
    const b = await createTestBooking(t, atLocalTime(today, 9 * 60), {
      status: 'NO_SHOW',
      phone: '+48600100200',
    });
    await createTestBooking(t, atLocalTime(addDays(today, 2), 9 * 60), {
      status: 'CONFIRMED',
      channel: 'PHONE',
    });
    await createTestBooking(t, atLocalTime(addDays(today, 3), 9 * 60), { status: 'CONFIRMED' });
    await createTestBooking(t, atLocalTime(today, 9 * 60 + 15), { status: 'HELD' });
    const csv = await exportBookingsCsv(t.office.id, today, addDays(today, 2));
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'data;godzina;identyfikator;kategoria;sprawa;status;odwołana przez;sposób rezerwacji;utworzona',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      new RegExp(`^${today};09:00;${b.reference};Kategoria [0-9a-f]+;Sprawa testowa;nieobecność;;internet;`),
    );
    expect(lines[2]).toContain(';potwierdzona;;telefonicznie;');
    expect(csv).not.toContain(b.email!);
    expect(csv).not.toContain('600100200');
    expect(localDateOf(now)).toBe(today);
  });
});
