import { afterAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { createTestBooking, createTestCategory, createTestKiosk } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { issueBookedTicket } from './issue-booked-ticket';
import { revokeKioskDevice } from './revoke-kiosk-device';

vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));
afterAll(() => prisma.$disconnect());

// The visit: Wednesday 2 December 2026, 10:00 in Opole (09:00Z); the window 30 before, 10 after.
const visitAt = new Date('2026-12-02T09:00:00Z');
const min = (n: number) => new Date(visitAt.getTime() + n * 60_000);

async function setup(opts: Parameters<typeof createTestCategory>[0] = {}) {
  const t = await createTestCategory({ ticketPrefix: 'P', waitingArea: 'Sala obsługi', ...opts });
  const kiosk = await createTestKiosk(t.office);
  return { ...t, kiosk: kiosk.device };
}
type Setup = Awaited<ReturnType<typeof setup>>;
const book = (t: Setup, opts: Parameters<typeof createTestBooking>[2] = {}, at = visitAt) =>
  createTestBooking(t, at, opts);

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    const err = e as { code?: string; params?: Record<string, unknown>; userMessage?: string };
    return { code: err.code, params: err.params, message: err.userMessage };
  }
  throw new Error('expected a refusal');
}

describe('"Umówiona wizyta": the code opens the kiosk only in its window', () => {
  it('prints the ticket and checks the booking in, in one go', async () => {
    const t = await setup();
    const b = await book(t);
    const ticket = await issueBookedTicket(t.kiosk, { code: b.kioskCode }, min(-5));
    expect(ticket).toMatchObject({
      number: 'P001',
      kind: 'BOOKED',
      categoryName: t.category.name,
      officeName: t.office.name,
      waitingArea: 'Sala obsługi',
      visitStartsAt: visitAt,
      issuedAt: min(-5),
      waitingAhead: 0,
    });
    const after = await prisma.booking.findUniqueOrThrow({ where: { id: b.id }, include: { ticket: true } });
    expect(after.status).toBe('CHECKED_IN');
    expect(after.checkedInAt).toEqual(min(-5));
    expect(after.ticket).toMatchObject({ status: 'ISSUED', number: 'P001', deviceId: t.kiosk.id });
    const second = await issueBookedTicket(
      t.kiosk,
      { code: (await book(t, { seat: 2 })).kioskCode },
      min(-4),
    );
    expect(second.number).toBe('P002');
  });

  it('a visit already checked in at the desk still gets its ticket', async () => {
    const t = await setup();
    const b = await book(t, { status: 'CHECKED_IN' });
    await expect(issueBookedTicket(t.kiosk, { code: b.kioskCode }, min(0))).resolves.toMatchObject({
      number: 'P001',
    });
    const served = await book(t, { status: 'SERVED', seat: 2 });
    const e = await refusal(issueBookedTicket(t.kiosk, { code: served.kioskCode }, min(0)));
    expect(e.code).toBe('KIOSK_CODE_USED');
    expect(e.message).toBe('Ta wizyta została już załatwiona. Podejdź do punktu informacyjnego.');
  });

  it('accepts the first and the last allowed minute, refuses a minute either side', async () => {
    const t = await setup();
    const early = await book(t);
    const e = await refusal(issueBookedTicket(t.kiosk, { code: early.kioskCode }, min(-31)));
    expect(e.code).toBe('KIOSK_TOO_EARLY');
    expect(e.message).toBe(
      'Za wcześnie na bilet na tę wizytę: można go pobrać od godz. 09:30. Podejdź do punktu informacyjnego.',
    );
    await expect(issueBookedTicket(t.kiosk, { code: early.kioskCode }, min(-30))).resolves.toMatchObject({
      number: 'P001',
    });
    const late = await book(t, { seat: 2 });
    await expect(issueBookedTicket(t.kiosk, { code: late.kioskCode }, min(10))).resolves.toMatchObject({
      number: 'P002',
    });
    const tooLate = await book(t, { seat: 3 });
    expect((await refusal(issueBookedTicket(t.kiosk, { code: tooLate.kioskCode }, min(11)))).code).toBe(
      'KIOSK_TOO_LATE',
    );
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: tooLate.id } })).status).toBe('CONFIRMED');
  });

  it('follows the office’s own window', async () => {
    const t = await setup({ kioskEarlyMin: 60, kioskLateMin: 0 });
    const b = await book(t);
    await expect(issueBookedTicket(t.kiosk, { code: b.kioskCode }, min(-60))).resolves.toBeTruthy();
    const c = await book(t, { seat: 2 });
    expect((await refusal(issueBookedTicket(t.kiosk, { code: c.kioskCode }, min(1)))).code).toBe(
      'KIOSK_TOO_LATE',
    );
  });

  it('refuses another day, even within the hours of the window', async () => {
    const t = await setup();
    const b = await book(t);
    const dayBefore = new Date(visitAt.getTime() - 86_400_000);
    expect((await refusal(issueBookedTicket(t.kiosk, { code: b.kioskCode }, dayBefore))).code).toBe(
      'KIOSK_CODE_OTHER_DAY',
    );
    // 00:20 in Opole on the visit's day is still 1 December in UTC: the office's day counts.
    const midnight = await book(t, {}, new Date('2026-12-01T23:40:00Z'));
    await expect(
      issueBookedTicket(t.kiosk, { code: midnight.kioskCode }, new Date('2026-12-01T23:20:00Z')),
    ).resolves.toBeTruthy();
    const lateEvening = await book(t, {}, new Date('2026-12-02T22:50:00Z')); // 23:50 on 2 December
    expect(
      (
        await refusal(
          issueBookedTicket(t.kiosk, { code: lateEvening.kioskCode }, new Date('2026-12-02T23:05:00Z')),
        )
      ).code,
    ).toBe('KIOSK_CODE_OTHER_DAY');
  });

  it('refuses a code of another office', async () => {
    const t = await setup();
    const other = await setup();
    const b = await book(other);
    expect((await refusal(issueBookedTicket(t.kiosk, { code: b.kioskCode }, min(0)))).code).toBe(
      'KIOSK_CODE_OTHER_OFFICE',
    );
  });

  it('a used code answers with the ticket already printed', async () => {
    const t = await setup();
    const b = await book(t);
    await issueBookedTicket(t.kiosk, { code: b.kioskCode }, min(-10));
    const e = await refusal(issueBookedTicket(t.kiosk, { code: b.kioskCode }, min(-9)));
    expect(e).toMatchObject({ code: 'KIOSK_CODE_USED', params: { number: 'P001' } });
    expect(e.message).toContain('P001');
    expect(await prisma.queueTicket.count({ where: { bookingId: b.id } })).toBe(1);
  });

  it('of two kiosks at once with one code, one prints and the other says which number', async () => {
    const t = await setup();
    const second = (await createTestKiosk(t.office)).device;
    const b = await book(t);
    const results = await Promise.allSettled([
      issueBookedTicket(t.kiosk, { code: b.kioskCode }, min(0)),
      issueBookedTicket(second, { code: b.kioskCode }, min(0)),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(refused.map((r) => (r.reason as { code: string }).code)).toEqual(['KIOSK_CODE_USED']);
    expect(await prisma.queueTicket.count({ where: { bookingId: b.id } })).toBe(1);
  });

  it.each<['CANCELLED' | 'HELD' | 'EXPIRED', string]>([
    ['CANCELLED', 'KIOSK_BOOKING_CANCELLED'],
    ['HELD', 'KIOSK_BOOKING_UNCONFIRMED'],
    ['EXPIRED', 'KIOSK_BOOKING_UNCONFIRMED'],
  ])('a %s booking gets no ticket (%s)', async (status, code) => {
    const t = await setup();
    const b = await book(t, { status });
    expect((await refusal(issueBookedTicket(t.kiosk, { code: b.kioskCode }, min(0)))).code).toBe(code);
    expect(await prisma.queueTicket.count({ where: { bookingId: b.id } })).toBe(0);
  });

  it('an unknown code, and every refusal ends with the way to the information desk', async () => {
    const t = await setup();
    const e = await refusal(issueBookedTicket(t.kiosk, { code: '00000000' }, min(0)));
    expect(e.code).toBe('KIOSK_CODE_UNKNOWN');
    expect(e.message).toMatch(/Podejdź do punktu informacyjnego\.$/);
    expect((await refusal(issueBookedTicket(t.kiosk, { code: 'abc' }, min(0)))).code).toBe(
      'KIOSK_CODE_UNKNOWN',
    );
  });

  it('limits wrong codes per kiosk: then even a right code waits; another kiosk is not held up', async () => {
    const t = await setup();
    const b = await book(t);
    for (let i = 0; i < 10; i++)
      expect((await refusal(issueBookedTicket(t.kiosk, { code: `1000000${i}` }, min(0)))).code).toBe(
        'KIOSK_CODE_UNKNOWN',
      );
    const e = await refusal(issueBookedTicket(t.kiosk, { code: b.kioskCode }, min(1)));
    expect(e).toMatchObject({ code: 'KIOSK_RATE_LIMITED', params: { minutes: 9 } });
    const other = (await createTestKiosk(t.office)).device;
    await expect(issueBookedTicket(other, { code: b.kioskCode }, min(1))).resolves.toBeTruthy();
    // Right codes are not counted: a busy kiosk never locks itself.
    const busy = (await createTestKiosk(t.office)).device;
    for (let i = 0; i < 12; i++) {
      const v = await book(t, { seat: 1 }, min(15 * (i + 1)));
      await expect(issueBookedTicket(busy, { code: v.kioskCode }, min(15 * (i + 1)))).resolves.toBeTruthy();
    }
  });

  it('a revoked kiosk stops at once; a switched-off office’s kiosk prints nothing', async () => {
    const t = await setup();
    const b = await book(t);
    const admin = await createTestStaff('ADMIN');
    await revokeKioskDevice({ ...admin, name: 'Administrator' }, { deviceId: t.kiosk.id });
    expect((await refusal(issueBookedTicket(t.kiosk, { code: b.kioskCode }, min(0)))).code).toBe(
      'KIOSK_NOT_PAIRED',
    );
    const off = await setup({ kioskEnabled: false });
    const c = await book(off);
    expect((await refusal(issueBookedTicket(off.kiosk, { code: c.kioskCode }, min(0)))).code).toBe(
      'KIOSK_DISABLED',
    );
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('CONFIRMED');
  });
});
