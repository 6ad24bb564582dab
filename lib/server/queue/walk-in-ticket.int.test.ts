import { afterAll, describe, expect, it, vi } from 'vitest';
import { addDays, atLocalTime, localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { createTestBooking, createTestCategory, createTestKiosk } from '@/lib/testing/fixtures';
import { issueBookedTicket } from './issue-booked-ticket';
import { issueWalkInTicket } from './issue-walk-in-ticket';
import { loadKiosk } from './load-kiosk';

vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));
afterAll(() => prisma.$disconnect());

// Wednesday 2 December 2026; the category is open 08:00–12:00, 15-minute visits.
const date = '2026-12-02';
const at = (h: number, m = 0) => atLocalTime(date, h * 60 + m);

async function setup(opts: Parameters<typeof createTestCategory>[0] = {}) {
  const t = await createTestCategory({
    ticketPrefix: 'P',
    walkInEnabled: true,
    weekdays: [3],
    opensAt: 8 * 60,
    closesAt: 12 * 60,
    slotMinutes: 15,
    counters: 1,
    ...opts,
  });
  return { ...t, kiosk: (await createTestKiosk(t.office)).device };
}
const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code: string; messageKey: string }) => `${e.code}`,
  );

describe('"Bez rezerwacji"', () => {
  it('numbers walk-ins apart from booked tickets and restarts every day', async () => {
    const t = await setup();
    expect((await issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, at(9))).number).toBe('PW01');
    const b = await createTestBooking(t, at(9, 15));
    expect((await issueBookedTicket(t.kiosk, { code: b.kioskCode }, at(9))).number).toBe('P001');
    // Ahead of it: PW01 and P001 (its visit at 09:15 not due yet: first come, first served).
    const second = await issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, at(9, 1));
    expect(second).toMatchObject({ number: 'PW02', kind: 'WALK_IN', visitStartsAt: null, waitingAhead: 2 });
    const nextWeek = atLocalTime('2026-12-09', 9 * 60);
    expect((await issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, nextWeek)).number).toBe('PW01');
  });

  it('numbers stay unique when two kiosks issue at once', async () => {
    const t = await setup({ counters: 40 });
    const other = (await createTestKiosk(t.office)).device;
    const walkIns = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        issueWalkInTicket(i % 2 ? other : t.kiosk, { categoryId: t.category.id }, at(9)),
      ),
    );
    expect(walkIns.map((w) => w.number).sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => `PW${String(i + 1).padStart(2, '0')}`),
    );
    const bookings = await Promise.all(
      Array.from({ length: 20 }, (_, i) => createTestBooking(t, at(9, 15), { seat: i + 1 })),
    );
    const booked = await Promise.all(
      bookings.map((b, i) => issueBookedTicket(i % 2 ? other : t.kiosk, { code: b.kioskCode }, at(9))),
    );
    expect(booked.map((w) => w.number).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `P${String(i + 1).padStart(3, '0')}`),
    );
  });

  it('stops when those waiting could not be served before closing', async () => {
    const t = await setup();
    // 11:00: one counter, 60 minutes left = four 15-minute visits.
    for (let i = 0; i < 4; i++) await issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, at(11));
    expect(await codeOf(issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, at(11)))).toBe(
      'WALK_IN_STOPPED',
    );
    expect((await loadKiosk(t.kiosk, at(11))).walkIns).toEqual([
      { categoryId: t.category.id, name: t.category.name, letter: 'P', open: false, reason: 'stopped' },
    ]);
  });

  it('counts the booked visits still ahead today', async () => {
    const t = await setup();
    for (const m of [0, 15, 30]) await createTestBooking(t, at(11, m));
    // 10:50: 70 minutes left, four 15-minute visits fit; three are booked, so one walk-in.
    expect(await codeOf(issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, at(10, 50)))).toBe('ok');
    expect(await codeOf(issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, at(10, 50)))).toBe(
      'WALK_IN_STOPPED',
    );
  });

  it('stops walkInStopMin before closing, and is closed after', async () => {
    const t = await setup({ walkInStopMin: 30, counters: 5 });
    expect(await codeOf(issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, at(11, 30)))).toBe('ok');
    expect(await codeOf(issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, at(11, 31)))).toBe(
      'WALK_IN_STOPPED',
    );
    const closed = await issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, at(12)).catch((e) => e);
    expect([closed.code, closed.messageKey]).toEqual(['WALK_IN_STOPPED', 'queue.walkInClosed']);
    // Saturday: closed all day.
    const saturday = atLocalTime('2026-12-05', 10 * 60);
    expect((await loadKiosk(t.kiosk, saturday)).walkIns[0]).toMatchObject({ open: false, reason: 'closed' });
  });

  it('refuses a category that takes no walk-ins, or another office’s', async () => {
    const t = await setup({ walkInEnabled: false });
    expect(await codeOf(issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, at(9)))).toBe(
      'WALK_IN_NOT_OFFERED',
    );
    expect((await loadKiosk(t.kiosk, at(9))).walkIns[0]).toMatchObject({
      open: false,
      reason: 'not-offered',
    });
    const other = await setup();
    expect(await codeOf(issueWalkInTicket(t.kiosk, { categoryId: other.category.id }, at(9)))).toBe(
      'WALK_IN_NOT_OFFERED',
    );
  });

  it('a category open at the current moment takes walk-ins whatever the hour', async () => {
    // Walk-ins stop before closing, and an office day closes at local midnight at the latest: in
    // the day's last two hours the moment taken is two hours earlier, still a moment of today.
    const real = new Date();
    const midnight = atLocalTime(addDays(localDateOf(real), 1), 0).getTime();
    const now = midnight - real.getTime() < 2 * 3_600_000 ? new Date(real.getTime() - 2 * 3_600_000) : real;
    const t = await setup({ openAround: now, before: 60, after: 120, weekdays: undefined });
    const w = await issueWalkInTicket(t.kiosk, { categoryId: t.category.id }, now);
    expect(w.number).toBe('PW01');
  });
});
