import { afterAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { listDayVisits } from '@/lib/server/visits/list-day-visits';
import { createTestCategory, createTestTicket } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { callNextTicket } from './call-next-ticket';
import { finishTicket } from './finish-ticket';
import { markTicketAbsent } from './mark-ticket-absent';
import { recallTicket } from './recall-ticket';
import { returnTicket } from './return-ticket';
import { transferTicket } from './transfer-ticket';

vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));
afterAll(() => prisma.$disconnect());

const now = new Date('2026-12-02T10:00:00Z');
const min = (n: number) => new Date(now.getTime() + n * 60_000);

async function setup() {
  const t = await createTestCategory({ ticketPrefix: 'P' });
  const second = await prisma.serviceCategory.create({
    data: { officeId: t.office.id, slug: 'druga', name: 'Druga kategoria', ticketPrefix: 'R' },
  });
  const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędnik' };
  const scope = (counter: number, categoryIds = [t.category.id]) => ({
    officeId: t.office.id,
    counter,
    categoryIds,
  });
  return { ...t, second, clerk, scope };
}
const ticketOf = (id: string) =>
  prisma.queueTicket.findUniqueOrThrow({ where: { id }, include: { booking: true } });
const actions = (id: string) =>
  prisma.auditLog
    .findMany({ where: { entity: 'QueueTicket', entityId: id }, orderBy: { id: 'asc' } })
    .then((r) => r.map((x) => x.action));

describe('the counter’s actions on a called ticket', () => {
  it('recall, absent, return, call again, finish: the booking becomes served, every step audited', async () => {
    const t = await setup();
    const made = await createTestTicket(t, { issuedAt: min(-5), visitAt: min(-1) });
    const c = (await callNextTicket(t.clerk, t.scope(2), now))!;
    expect(c.id).toBe(made.id);
    const again = await recallTicket(t.clerk, { ticketId: c.id, counter: 2 }, min(1));
    expect(again).toMatchObject({ status: 'CALLED', callCount: 2, calledAt: min(1), counter: 2 });
    const absent = await markTicketAbsent(t.clerk, { ticketId: c.id, counter: 2 }, min(3));
    expect(absent.status).toBe('ABSENT');
    // Absent is not a no-show: the booking stays checked in.
    expect((await ticketOf(c.id)).booking!.status).toBe('CHECKED_IN');
    expect((await ticketOf(c.id)).absentAt).toEqual(min(3));
    // The counter is free again.
    expect(await callNextTicket(t.clerk, t.scope(2), min(4))).toBeNull();
    const back = await returnTicket(t.clerk, { ticketId: c.id, counter: 5 }, min(6));
    expect(back).toMatchObject({ status: 'ISSUED', counter: null });
    const recalled = (await callNextTicket(t.clerk, t.scope(5), min(7)))!;
    expect(recalled).toMatchObject({ id: c.id, callCount: 3, counter: 5 });
    const done = await finishTicket(t.clerk, { ticketId: c.id, counter: 5 }, min(12));
    expect(done.status).toBe('SERVED');
    const row = await ticketOf(c.id);
    expect(row.servedAt).toEqual(min(12));
    expect(row.booking).toMatchObject({ status: 'SERVED', servedAt: min(12) });
    // The day list shows the visit's ticket and its queue state.
    const { visits } = await listDayVisits(
      t.clerk,
      { officeId: t.office.id, categoryId: t.category.id, date: '2026-12-02' },
      min(12),
    );
    expect(visits.find((v) => v.id === row.bookingId)?.ticket).toEqual({
      number: row.number,
      status: 'SERVED',
      counter: 5,
    });
    expect(await actions(c.id)).toEqual([
      'queue.call',
      'queue.recall',
      'queue.absent',
      'queue.return',
      'queue.call',
      'queue.serve',
    ]);
  });

  it('a walk-in ticket is finished without any booking', async () => {
    const t = await setup();
    await createTestTicket(t, { issuedAt: min(-5) });
    const c = (await callNextTicket(t.clerk, t.scope(1), now))!;
    expect((await finishTicket(t.clerk, { ticketId: c.id, counter: 1 }, now)).status).toBe('SERVED');
  });

  it('transfer: the ticket waits in the other category with its number and its place', async () => {
    const t = await setup();
    const first = await createTestTicket(t, { issuedAt: min(-30) });
    await createTestTicket(t, { issuedAt: min(-20), categoryId: t.second.id });
    const c = (await callNextTicket(t.clerk, t.scope(1), now))!;
    expect(c.id).toBe(first.id);
    const moved = await transferTicket(
      t.clerk,
      { ticketId: c.id, counter: 1, toCategoryId: t.second.id },
      min(1),
    );
    expect(moved).toMatchObject({
      status: 'ISSUED',
      categoryId: t.second.id,
      number: first.number,
      counter: null,
    });
    expect((await ticketOf(c.id)).transferredFromId).toBe(t.category.id);
    // Issued earlier than the one already waiting there, it is called first at the other counter.
    const next = (await callNextTicket(t.clerk, t.scope(2, [t.second.id]), min(2)))!;
    expect(next.id).toBe(first.id);
    // Neither the same category nor one of another office is a target.
    await expect(
      transferTicket(t.clerk, { ticketId: c.id, counter: 2, toCategoryId: t.second.id }, min(3)),
    ).rejects.toMatchObject({ code: 'TRANSFER_TARGET' });
    const elsewhere = await createTestCategory();
    await expect(
      transferTicket(t.clerk, { ticketId: c.id, counter: 2, toCategoryId: elsewhere.category.id }, min(3)),
    ).rejects.toMatchObject({ code: 'TRANSFER_TARGET' });
  });

  it('refuses another counter’s ticket, a ticket in the wrong state, an unknown one, another office', async () => {
    const t = await setup();
    await createTestTicket(t, { issuedAt: min(-5) });
    const c = (await callNextTicket(t.clerk, t.scope(1), now))!;
    await expect(recallTicket(t.clerk, { ticketId: c.id, counter: 2 }, now)).rejects.toMatchObject({
      code: 'TICKET_OTHER_COUNTER',
      params: { counter: 1 },
    });
    await expect(returnTicket(t.clerk, { ticketId: c.id, counter: 1 }, now)).rejects.toMatchObject({
      code: 'TICKET_STATE_CHANGED',
    });
    await finishTicket(t.clerk, { ticketId: c.id, counter: 1 }, now);
    await expect(finishTicket(t.clerk, { ticketId: c.id, counter: 1 }, now)).rejects.toMatchObject({
      code: 'TICKET_STATE_CHANGED',
    });
    await expect(
      finishTicket(t.clerk, { ticketId: '00000000-0000-4000-8000-000000000000', counter: 1 }, now),
    ).rejects.toMatchObject({ code: 'TICKET_NOT_FOUND' });
    const elsewhere = await createTestCategory();
    const stranger: Staff = { ...(await createTestStaff('CLERK', elsewhere.office.id)), name: 'Obcy' };
    await expect(recallTicket(stranger, { ticketId: c.id, counter: 1 }, now)).rejects.toMatchObject({
      code: 'FORBIDDEN_OFFICE',
    });
  });

  it('of two clerks finishing and marking absent at once, exactly one wins', async () => {
    const t = await setup();
    await createTestTicket(t, { issuedAt: min(-5), visitAt: min(-1) });
    const c = (await callNextTicket(t.clerk, t.scope(1), now))!;
    const r = await Promise.allSettled([
      finishTicket(t.clerk, { ticketId: c.id, counter: 1 }, now),
      markTicketAbsent(t.clerk, { ticketId: c.id, counter: 1 }, now),
    ]);
    expect(r.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    const row = await ticketOf(c.id);
    expect(row.booking!.status).toBe(row.status === 'SERVED' ? 'SERVED' : 'CHECKED_IN');
  });
});
