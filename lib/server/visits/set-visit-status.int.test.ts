import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { newKioskCode, newReference } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { countTakenSeats } from '@/lib/server/schedule/load-schedule-input';
import { setVisitStatus } from './set-visit-status';
import { undoVisitStatus } from './undo-visit-status';
import { contentOf } from '@/lib/testing/outbox';

// The guard's session reader pulls in next-auth; these tests pass the staff member directly.
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));

afterAll(() => prisma.$disconnect());

// Wednesday 2 December 2026; the visit is at 09:00 Warsaw (08:00Z), the category open 08–12.
const visitAt = new Date('2026-12-02T08:00:00Z');
const min = (n: number) => new Date(visitAt.getTime() + n * 60_000);
let n = 0;
const email = () => `status-${Date.now()}-${n++}@example.com`;

type Setup = Awaited<ReturnType<typeof setup>>;
async function setup(counters = 2) {
  const t = await createTestCategory({ counters });
  const s = await createTestStaff('CLERK', t.office.id);
  const clerk: Staff = { ...s, name: 'Urzędnik' };
  return { ...t, clerk };
}

/** A confirmed visit as the flow leaves it: a seat of its time and the contact's lock. */
async function seedVisit(t: Setup, opts: { startsAt?: Date; email?: string; phone?: string } = {}) {
  const startsAt = opts.startsAt ?? visitAt;
  const b = await prisma.booking.create({
    data: {
      reference: newReference('T'),
      kioskCode: newKioskCode(),
      officeId: t.office.id,
      categoryId: t.category.id,
      matterId: t.matter.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 15 * 60_000),
      status: 'CONFIRMED',
      confirmedAt: new Date(startsAt.getTime() - 86_400_000),
      email: opts.email ?? email(),
      phone: opts.phone ?? null,
    },
  });
  const seat = (await prisma.slotClaim.count({ where: { categoryId: t.category.id, startsAt } })) + 1;
  await prisma.slotClaim.create({ data: { categoryId: t.category.id, startsAt, seat, bookingId: b.id } });
  await prisma.contactLock.create({
    data: { categoryId: t.category.id, kind: 'EMAIL', value: b.email!, bookingId: b.id },
  });
  return b;
}

const statusOf = async (id: string) => (await prisma.booking.findUniqueOrThrow({ where: { id } })).status;
const auditOf = (id: string) =>
  prisma.auditLog.findMany({ where: { entity: 'Booking', entityId: id }, orderBy: { id: 'asc' } });

describe('recording a visit’s status from the list', () => {
  it('checks in, then serves, each audited with who and from→to', async () => {
    const t = await setup();
    const b = await seedVisit(t);
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'check-in' }, min(-5));
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'served' }, min(10));
    const row = await prisma.booking.findUniqueOrThrow({ where: { id: b.id } });
    expect(row).toMatchObject({ status: 'SERVED', checkedInAt: min(-5), servedAt: min(10) });
    const audit = await auditOf(b.id);
    expect(audit.map((a) => [a.action, a.actorId, a.actor, a.data])).toEqual([
      [
        'booking.status',
        t.clerk.id,
        t.clerk.email,
        expect.objectContaining({ from: 'CONFIRMED', to: 'CHECKED_IN' }),
      ],
      [
        'booking.status',
        t.clerk.id,
        t.clerk.email,
        expect.objectContaining({ from: 'CHECKED_IN', to: 'SERVED' }),
      ],
    ]);
    // The visit is over: the seat stays used, the contact may book again.
    expect(await prisma.slotClaim.count({ where: { bookingId: b.id } })).toBe(1);
    expect(await prisma.contactLock.count({ where: { bookingId: b.id } })).toBe(0);
  });

  it('refuses a no-show before the visit’s time, and a check-in before its day', async () => {
    const t = await setup();
    const b = await seedVisit(t);
    await expect(
      setVisitStatus(t.clerk, { bookingId: b.id, intent: 'no-show' }, min(-1)),
    ).rejects.toMatchObject({
      code: 'NOT_STARTED',
      userMessage: expect.stringContaining('09:00'),
    });
    await expect(
      setVisitStatus(t.clerk, { bookingId: b.id, intent: 'check-in' }, min(-24 * 60)),
    ).rejects.toMatchObject({ code: 'BEFORE_VISIT_DAY' });
    expect(await statusOf(b.id)).toBe('CONFIRMED');
    expect(await auditOf(b.id)).toEqual([]);
  });

  it('refuses a transition the status does not allow, and a page that is out of date', async () => {
    const t = await setup();
    const b = await seedVisit(t);
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'check-in' }, min(0));
    await expect(
      setVisitStatus(t.clerk, { bookingId: b.id, intent: 'no-show' }, min(20)),
    ).rejects.toMatchObject({
      code: 'STATUS_NOT_ALLOWED',
    });
    await expect(
      setVisitStatus(t.clerk, { bookingId: b.id, intent: 'served', expected: 'CONFIRMED' }, min(20)),
    ).rejects.toMatchObject({ code: 'STATUS_CHANGED' });
    expect(await statusOf(b.id)).toBe('CHECKED_IN');
  });

  it('two clerks checking in the same visit at once: exactly one wins', async () => {
    const t = await setup();
    const b = await seedVisit(t);
    const other: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Drugi urzędnik' };
    const results = await Promise.allSettled([
      setVisitStatus(t.clerk, { bookingId: b.id, intent: 'check-in' }, min(0)),
      setVisitStatus(other, { bookingId: b.id, intent: 'check-in' }, min(0)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: 'STATUS_CHANGED' });
    expect((await auditOf(b.id)).filter((a) => a.action === 'booking.status')).toHaveLength(1);
  });

  it('refuses a clerk of another office', async () => {
    const t = await setup();
    const b = await seedVisit(t);
    const elsewhere = await createTestCategory();
    const stranger: Staff = { ...(await createTestStaff('CLERK', elsewhere.office.id)), name: 'Obcy' };
    await expect(
      setVisitStatus(stranger, { bookingId: b.id, intent: 'check-in' }, min(0)),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_OFFICE',
    });
    await expect(
      undoVisitStatus(stranger, { bookingId: b.id, expected: 'CONFIRMED' }, min(0)),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_OFFICE',
    });
  });
});

describe('undoing a mistaken status', () => {
  it('walks back step by step, each undo audited, until nothing is left to undo', async () => {
    const t = await setup();
    const b = await seedVisit(t);
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'check-in' }, min(0));
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'served' }, min(5));
    await expect(undoVisitStatus(t.clerk, { bookingId: b.id, expected: 'SERVED' }, min(6))).resolves.toEqual({
      reference: b.reference,
      status: 'CHECKED_IN',
    });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: 'CHECKED_IN',
      servedAt: null,
      checkedInAt: min(0),
    });
    await undoVisitStatus(t.clerk, { bookingId: b.id, expected: 'CHECKED_IN' }, min(7));
    expect(await statusOf(b.id)).toBe('CONFIRMED');
    await expect(
      undoVisitStatus(t.clerk, { bookingId: b.id, expected: 'CONFIRMED' }, min(8)),
    ).rejects.toMatchObject({
      code: 'NOTHING_TO_UNDO',
    });
    const undos = (await auditOf(b.id)).filter((a) => a.action === 'booking.status.undo');
    expect(undos.map((a) => a.data)).toEqual([
      expect.objectContaining({ from: 'SERVED', to: 'CHECKED_IN' }),
      expect.objectContaining({ from: 'CHECKED_IN', to: 'CONFIRMED' }),
    ]);
  });

  it('an undone mark takes the contact lock back, or is refused if the resident booked again', async () => {
    const t = await setup();
    const a = await seedVisit(t);
    await setVisitStatus(t.clerk, { bookingId: a.id, intent: 'served' }, min(-60)); // by mistake, early
    expect(await prisma.contactLock.count({ where: { bookingId: a.id } })).toBe(0);
    await undoVisitStatus(t.clerk, { bookingId: a.id, expected: 'SERVED' }, min(-59));
    expect(await prisma.contactLock.count({ where: { bookingId: a.id } })).toBe(1);

    // Marked again; meanwhile the resident books another visit with the same address.
    await setVisitStatus(t.clerk, { bookingId: a.id, intent: 'served' }, min(-58));
    await seedVisit(t, { startsAt: min(24 * 60), email: a.email! });
    await expect(
      undoVisitStatus(t.clerk, { bookingId: a.id, expected: 'SERVED' }, min(-57)),
    ).rejects.toMatchObject({
      code: 'CONTACT_BUSY',
      userMessage: expect.stringContaining('inną aktualną rezerwację'),
    });
    expect(await statusOf(a.id)).toBe('SERVED');
  });

  it('does not undo from a stale page', async () => {
    const t = await setup();
    const b = await seedVisit(t);
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'check-in' }, min(0));
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'served' }, min(5));
    await expect(
      undoVisitStatus(t.clerk, { bookingId: b.id, expected: 'CHECKED_IN' }, min(6)),
    ).rejects.toMatchObject({
      code: 'STATUS_CHANGED',
    });
    expect(await statusOf(b.id)).toBe('SERVED');
  });
});

describe('cancelling for lateness', () => {
  it('frees the seat and the contact, records who and why, and e-mails the resident', async () => {
    const t = await setup(1);
    const b = await seedVisit(t);
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'cancel-late' }, min(12));
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'STAFF',
      cancelReason: 'LATE',
      cancelNote: null,
      cancelledAt: min(12),
    });
    expect(await prisma.slotClaim.count({ where: { bookingId: b.id } })).toBe(0);
    expect(await prisma.contactLock.count({ where: { bookingId: b.id } })).toBe(0);
    expect(
      (await countTakenSeats(t.category.id, visitAt, min(15), min(12))).get(visitAt.getTime()),
    ).toBeUndefined();
    const mail = await prisma.outboxMessage.findFirstOrThrow({
      where: { bookingId: b.id, template: 'visit-cancelled-late' },
    });
    expect(mail.recipient).toBe(b.email);
    const payload = await contentOf(mail);
    expect(payload.subject).toContain(b.reference);
    expect(payload.text).toMatch(/spóźnienie/i);
    expect(payload.text).toContain('77 54 11 361');
  });

  it('is refused before the visit’s time', async () => {
    const t = await setup();
    const b = await seedVisit(t);
    await expect(
      setVisitStatus(t.clerk, { bookingId: b.id, intent: 'cancel-late' }, min(-10)),
    ).rejects.toMatchObject({
      code: 'NOT_STARTED',
    });
  });

  it('taken back while the seat is free: the visit holds its seat again and the resident is told', async () => {
    const t = await setup(1);
    const b = await seedVisit(t);
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'cancel-late' }, min(12));
    await undoVisitStatus(t.clerk, { bookingId: b.id, expected: 'CANCELLED' }, min(13));
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: 'CONFIRMED',
      cancelledAt: null,
      cancelledBy: null,
      cancelReason: null,
      cancelNote: null,
    });
    expect(await prisma.slotClaim.findUnique({ where: { bookingId: b.id } })).toMatchObject({ seat: 1 });
    expect(
      await prisma.outboxMessage.count({ where: { bookingId: b.id, template: 'visit-reinstated' } }),
    ).toBe(1);
    // Cancelled again: a second e-mail, not swallowed as a duplicate of the first.
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'cancel-late' }, min(14));
    expect(
      await prisma.outboxMessage.count({ where: { bookingId: b.id, template: 'visit-cancelled-late' } }),
    ).toBe(2);
  });

  it('taken back after someone else took the seat: refused clearly, nothing changes', async () => {
    const t = await setup(1);
    const b = await seedVisit(t);
    await setVisitStatus(t.clerk, { bookingId: b.id, intent: 'cancel-late' }, min(12));
    const other = await seedVisit(t); // e.g. a walk-in booked by phone into the freed seat
    await expect(
      undoVisitStatus(t.clerk, { bookingId: b.id, expected: 'CANCELLED' }, min(13)),
    ).rejects.toMatchObject({
      code: 'SLOT_TAKEN',
      userMessage: expect.stringContaining('Nie można cofnąć anulowania'),
    });
    expect(await statusOf(b.id)).toBe('CANCELLED');
    expect(
      await prisma.slotClaim.findMany({ where: { categoryId: t.category.id, startsAt: visitAt } }),
    ).toEqual([expect.objectContaining({ bookingId: other.id })]);
    expect((await auditOf(b.id)).filter((a) => a.action === 'booking.status.undo')).toEqual([]);
  });
});
