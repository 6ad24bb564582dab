import { afterAll, describe, expect, it, vi } from 'vitest';
import { compareForCall } from '@/lib/domain/queue-ticket';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { updateCategory } from '@/lib/server/catalogue/update-category';
import { loadDisplay } from '@/lib/server/live/load-display';
import { createTestAdmin } from '@/lib/testing/catalogue';
import { createTestCategory, createTestTicket } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { createTestLiveHub } from '@/lib/testing/live';
import { categorySchema } from '@/lib/validation/catalogue';
import { callNextTicket } from './call-next-ticket';
import { finishTicket } from './finish-ticket';
import { loadCounter } from './load-counter';

vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));
afterAll(() => prisma.$disconnect());

// Wednesday 2 December 2026, 11:00 in Opole.
const now = new Date('2026-12-02T10:00:00Z');
const min = (n: number) => new Date(now.getTime() + n * 60_000);

async function setup() {
  const t = await createTestCategory({ ticketPrefix: 'P', counters: 60 });
  const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędnik' };
  return {
    ...t,
    clerk,
    scope: (counter: number) => ({ officeId: t.office.id, counter, categoryIds: [t.category.id] }),
  };
}

describe('"Wezwij następnego"', () => {
  it('calls due booked visits first by their time, then everyone first come, first served', async () => {
    const t = await setup();
    const made = {
      walkInEarly: await createTestTicket(t, { issuedAt: min(-40) }),
      bookedLater: await createTestTicket(t, { issuedAt: min(-35), visitAt: min(15) }),
      dueSecond: await createTestTicket(t, { issuedAt: min(-5), visitAt: min(-10) }),
      walkInLate: await createTestTicket(t, { issuedAt: min(-20) }),
      dueFirst: await createTestTicket(t, { issuedAt: min(-2), visitAt: min(-15) }),
      dueNow: await createTestTicket(t, { issuedAt: min(-1), visitAt: min(0) }),
    };
    const called: string[] = [];
    for (;;) {
      const c = await callNextTicket(t.clerk, t.scope(1), now);
      if (!c) break;
      called.push(c.id);
      await finishTicket(t.clerk, { ticketId: c.id, counter: 1 }, now);
    }
    const name = Object.fromEntries(Object.entries(made).map(([k, v]) => [v.id, k]));
    expect(called.map((id) => name[id])).toEqual([
      'dueFirst',
      'dueSecond',
      'dueNow',
      'walkInEarly',
      'bookedLater',
      'walkInLate',
    ]);
    // The same order as the pure domain's.
    const bookings = await prisma.booking.findMany({ where: { officeId: t.office.id } });
    const startOf = (id: string | null) => bookings.find((b) => b.id === id)?.startsAt ?? null;
    const sorted = Object.values(made)
      .map((x) => ({ ...x, visitStartsAt: startOf(x.bookingId) }))
      .sort((a, b) => compareForCall(a, b, now))
      .map((x) => x.id);
    expect(called).toEqual(sorted);
  });

  it('calls only the counter’s categories, only today’s tickets, and says null when nobody waits', async () => {
    const t = await setup();
    const other = await prisma.serviceCategory.create({
      data: { officeId: t.office.id, slug: 'inna', name: 'Inna', ticketPrefix: 'Q' },
    });
    await createTestTicket(t, { issuedAt: min(-30), categoryId: other.id });
    await createTestTicket(t, { issuedAt: new Date(now.getTime() - 86_400_000) }); // yesterday's
    expect(await callNextTicket(t.clerk, t.scope(1), now)).toBeNull();
    const mine = await createTestTicket(t, { issuedAt: min(-1) });
    const c = await callNextTicket(t.clerk, t.scope(1), now);
    expect(c).toMatchObject({ id: mine.id, status: 'CALLED', counter: 1, callCount: 1, calledAt: now });
    const both = await callNextTicket(
      t.clerk,
      { ...t.scope(2), categoryIds: [t.category.id, other.id] },
      now,
    );
    expect(both?.categoryId).toBe(other.id);
  });

  it('skips a booked ticket whose visit the day list has marked served meanwhile', async () => {
    const t = await setup();
    const served = await createTestTicket(t, { issuedAt: min(-5), visitAt: min(-10) });
    await prisma.booking.update({ where: { id: served.bookingId! }, data: { status: 'SERVED' } });
    const walkIn = await createTestTicket(t, { issuedAt: min(-1) });
    expect((await callNextTicket(t.clerk, t.scope(1), now))?.id).toBe(walkIn.id);
    expect(await callNextTicket(t.clerk, t.scope(2), now)).toBeNull();
  });

  it('refuses while the counter still has a called ticket, and audits the call', async () => {
    const t = await setup();
    const a = await createTestTicket(t, { issuedAt: min(-3) });
    await createTestTicket(t, { issuedAt: min(-2) });
    await callNextTicket(t.clerk, t.scope(4), now);
    await expect(callNextTicket(t.clerk, t.scope(4), now)).rejects.toMatchObject({
      code: 'COUNTER_BUSY',
      params: { number: a.number },
    });
    const audit = await prisma.auditLog.findMany({ where: { entity: 'QueueTicket', entityId: a.id } });
    expect(audit.map((x) => [x.action, x.actorId])).toEqual([['queue.call', t.clerk.id]]);
    expect(audit[0]!.data).toMatchObject({ counter: 4, number: a.number });
  });

  it('a double click (ten calls at once from one counter) calls one ticket', async () => {
    const t = await setup();
    for (let i = 0; i < 5; i++) await createTestTicket(t, { issuedAt: min(-10 + i) });
    const r = await Promise.allSettled(
      Array.from({ length: 10 }, () => callNextTicket(t.clerk, t.scope(7), now)),
    );
    expect(r.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(
      new Set(r.flatMap((x) => (x.status === 'rejected' ? [(x.reason as { code: string }).code] : []))),
    ).toEqual(new Set(['COUNTER_BUSY']));
    expect(await prisma.queueTicket.count({ where: { officeId: t.office.id, status: 'CALLED' } })).toBe(1);
  });

  it('a clerk of another office may not call', async () => {
    const t = await setup();
    const elsewhere = await createTestCategory();
    const stranger: Staff = { ...(await createTestStaff('CLERK', elsewhere.office.id)), name: 'Obcy' };
    await expect(callNextTicket(stranger, t.scope(1), now)).rejects.toMatchObject({
      code: 'FORBIDDEN_OFFICE',
    });
    const admin: Staff = { ...(await createTestStaff('ADMIN')), name: 'Admin' };
    await createTestTicket(t, { issuedAt: min(-1) });
    expect(await callNextTicket(admin, t.scope(1), now)).not.toBeNull();
  });

  it('200 parallel calls from 200 counters on 50 tickets: each ticket called exactly once', async () => {
    const t = await setup();
    for (let i = 0; i < 50; i++) await createTestTicket(t, { issuedAt: min(-60 + i) });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => callNextTicket(t.clerk, t.scope(i + 1), now)),
    );
    const got = results.filter((r) => r !== null);
    expect(got).toHaveLength(50);
    expect(new Set(got.map((r) => r.id)).size).toBe(50);
    const rows = await prisma.queueTicket.findMany({ where: { officeId: t.office.id } });
    expect(rows.every((r) => r.status === 'CALLED' && r.callCount === 1)).toBe(true);
    expect(new Set(rows.map((r) => r.counter)).size).toBe(50);
  });

  it('several counters calling and finishing at once serve 50 tickets, each once, in 200 calls', async () => {
    const t = await setup();
    for (let i = 0; i < 50; i++) await createTestTicket(t, { issuedAt: min(-60 + i) });
    const served: string[][] = [];
    let calls = 0;
    // Four counters, each pressing "Wezwij następnego" (and "Zakończ") 50 times, all at once.
    await Promise.all(
      [1, 2, 3, 4].map(async (counter) => {
        const mine: string[] = [];
        served.push(mine);
        for (let i = 0; i < 50; i++) {
          calls++;
          const c = await callNextTicket(t.clerk, t.scope(counter), now);
          if (!c) continue;
          mine.push(c.id);
          await finishTicket(t.clerk, { ticketId: c.id, counter }, now);
        }
      }),
    );
    expect(calls).toBe(200);
    const all = served.flat();
    expect(all).toHaveLength(50);
    expect(new Set(all).size).toBe(50);
    const rows = await prisma.queueTicket.findMany({ where: { officeId: t.office.id } });
    expect(rows.every((r) => r.status === 'SERVED' && r.callCount === 1)).toBe(true);
    expect(served.filter((s) => s.length > 0).length).toBeGreaterThan(1);
  });

  it('the counter’s screen: its ticket, the queues, its recent tickets', async () => {
    const t = await setup();
    await createTestTicket(t, { issuedAt: min(-10), visitAt: min(-5) });
    await createTestTicket(t, { issuedAt: min(-9) });
    await createTestTicket(t, { issuedAt: min(-8), visitAt: min(30) });
    const first = await callNextTicket(t.clerk, t.scope(3), now);
    await finishTicket(t.clerk, { ticketId: first!.id, counter: 3 }, now);
    const second = await callNextTicket(t.clerk, t.scope(3), now);
    const screen = await loadCounter(t.clerk, t.scope(3), now);
    expect(screen.current?.id).toBe(second!.id);
    expect(screen.recent.map((r) => [r.id, r.status])).toEqual([[first!.id, 'SERVED']]);
    expect(first!.booking).toMatchObject({ matterName: t.matter.name, startsAt: min(-5) });
    expect(screen.waiting).toEqual([
      {
        categoryId: t.category.id,
        name: t.category.name,
        letter: 'P',
        selected: true,
        count: 1,
        bookedDue: 0,
      },
    ]);
  });

  it('a category switched off keeps its waiting and called tickets callable until they are done', async () => {
    const t = await setup();
    const called = await createTestTicket(t, { issuedAt: min(-3), visitAt: min(-5) });
    const waiting = await createTestTicket(t, { issuedAt: min(-2) });
    await callNextTicket(t.clerk, t.scope(5), now);
    const off = categorySchema.parse({ categoryId: t.category.id, name: t.category.name, ticketPrefix: 'P' });
    await updateCategory(await createTestAdmin(), off);

    const screen = await loadCounter(t.clerk, t.scope(5), now);
    expect(screen.current?.id).toBe(called.id);
    expect(screen.waiting).toEqual([
      expect.objectContaining({ categoryId: t.category.id, selected: true, count: 1 }),
    ]);
    const display = (await loadDisplay(t.office.slug, createTestLiveHub({ now: () => now })))!;
    expect(display.state.waiting).toEqual([expect.objectContaining({ categoryId: t.category.id, count: 1 })]);
    await finishTicket(t.clerk, { ticketId: called.id, counter: 5 }, now);
    expect((await callNextTicket(t.clerk, t.scope(5), now))?.id).toBe(waiting.id);
    await finishTicket(t.clerk, { ticketId: waiting.id, counter: 5 }, now);
    // Done: the category leaves the counter's and the waiting room's lists.
    expect((await loadCounter(t.clerk, t.scope(5), now)).waiting).toEqual([]);
    expect((await loadDisplay(t.office.slug, createTestLiveHub({ now: () => now })))!.state.waiting).toEqual(
      [],
    );
  });
});
