// The queue's changes reach the display and the live ticket: each counter action announces
// itself on commit, the display's state shows the newest call and the waiting counts, and the
// live ticket shows the people ahead, the estimate from today's service times, and its counter
// once called; its link works only on its own day.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { callNextTicket } from '@/lib/server/queue/call-next-ticket';
import { finishTicket } from '@/lib/server/queue/finish-ticket';
import { recallTicket } from '@/lib/server/queue/recall-ticket';
import type { Staff } from '@/lib/server/staff/guard';
import { createTestCategory, createTestTicket } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { loadDisplay } from './load-display';
import { loadLiveTicket } from './load-live-ticket';
import { type QueueEvent, createQueueListener } from './queue-events';
import { createTestLiveHub } from '@/lib/testing/live';
import { liveTicketToken } from './ticket-link';

vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));
const listener = createQueueListener();
afterAll(async () => {
  await listener.close();
  await prisma.$disconnect();
});

const now = new Date('2026-12-02T10:00:00Z');
/** A hub whose loads read the queue as of `at`. */
const hubAt = (at: Date) => createTestLiveHub({ now: () => at, events: listener });
const min = (n: number) => new Date(now.getTime() + n * 60_000);

async function setup() {
  const t = await createTestCategory({ ticketPrefix: 'P' });
  const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędnik' };
  const scope = (counter: number) => ({ officeId: t.office.id, counter, categoryIds: [t.category.id] });
  return { ...t, clerk, scope };
}

function collect(officeId: string) {
  const events: QueueEvent[] = [];
  const off = listener.subscribe(officeId, (e) => events.push(e));
  const until = async (n: number) => {
    const deadline = Date.now() + 10_000;
    while (events.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return events;
  };
  return { events, off, until };
}

describe('the live queue', () => {
  it('announces every call, recall and service of a counter, with no personal data', async () => {
    const t = await setup();
    const heard = collect(t.office.id);
    await listener.ready();
    const made = await createTestTicket(t, { issuedAt: min(-5), visitAt: min(-1) });
    const called = (await callNextTicket(t.clerk, t.scope(4), now))!;
    await recallTicket(t.clerk, { ticketId: called.id, counter: 4 }, min(1));
    await finishTicket(t.clerk, { ticketId: called.id, counter: 4 }, min(9));
    const events = await heard.until(3);
    heard.off();
    expect(events).toEqual([
      {
        type: 'ticket',
        officeId: t.office.id,
        ticketId: made.id,
        status: 'CALLED',
        number: made.number,
        counter: 4,
      },
      {
        type: 'ticket',
        officeId: t.office.id,
        ticketId: made.id,
        status: 'CALLED',
        number: made.number,
        counter: 4,
      },
      {
        type: 'ticket',
        officeId: t.office.id,
        ticketId: made.id,
        status: 'SERVED',
        number: made.number,
        counter: 4,
      },
    ]);
  });

  it('shows the newest call large, the ones before it, and who waits per category', async () => {
    const t = await setup();
    const a = await createTestTicket(t, { issuedAt: min(-9) });
    const b = await createTestTicket(t, { issuedAt: min(-8) });
    await createTestTicket(t, { issuedAt: min(-7) });
    await callNextTicket(t.clerk, t.scope(1), min(-3));
    await callNextTicket(t.clerk, t.scope(2), min(-2));
    const display = (await loadDisplay(t.office.slug, hubAt(now)))!;
    expect(display.state.current).toMatchObject({ number: b.number, counter: 2 });
    expect(display.state.recent).toEqual([expect.objectContaining({ number: a.number, counter: 1 })]);
    expect(display.state.waiting).toContainEqual(
      expect.objectContaining({ categoryId: t.category.id, letter: 'P', count: 1 }),
    );
    expect(JSON.stringify(display.state)).not.toMatch(/@|reference|email|phone/i);
    expect(await loadDisplay('no-such-office', hubAt(now))).toBeNull();
  });

  it('tells the phone how many are ahead, about how long, and then where to go', async () => {
    const t = await setup();
    // Three services of 8, 10 and 12 minutes today: 10 is the typical one.
    for (const [i, minutes] of [8, 10, 12].entries()) {
      const s = await createTestTicket(t, { issuedAt: min(-60 + i) });
      const c = (await callNextTicket(t.clerk, t.scope(1), min(-50 + i * 15)))!;
      expect(c.id).toBe(s.id);
      await finishTicket(t.clerk, { ticketId: c.id, counter: 1 }, min(-50 + i * 15 + minutes));
    }
    await createTestTicket(t, { issuedAt: min(-4) });
    await createTestTicket(t, { issuedAt: min(-3) });
    const mine = await createTestTicket(t, { issuedAt: min(-2) });
    const token = liveTicketToken(mine.id, localDateOf(now));
    const waiting = (await loadLiveTicket(token, now, hubAt(now)))!;
    // Two ahead, one counter active in the last 30 minutes: half a service + two services = 25.
    expect(waiting.state).toMatchObject({ number: mine.number, status: 'ISSUED', ahead: 2, waitMinutes: 25 });
    await callNextTicket(t.clerk, t.scope(3), min(1));
    await callNextTicket(t.clerk, t.scope(2), min(1));
    await callNextTicket(t.clerk, t.scope(1), min(2));
    const called = (await loadLiveTicket(token, min(2), hubAt(min(2))))!;
    expect(called.state).toMatchObject({ status: 'CALLED', counter: 1, waitMinutes: null });
  });

  it('opens the live ticket only with its own signed token on its own day', async () => {
    const t = await setup();
    const mine = await createTestTicket(t, { issuedAt: min(-2) });
    const token = liveTicketToken(mine.id, localDateOf(now));
    expect(await loadLiveTicket(token, now, hubAt(now))).not.toBeNull();
    // The next day in Opole (23:30 UTC on 2 December is 00:30 on the 3rd): expired.
    expect(
      await loadLiveTicket(token, new Date('2026-12-02T23:30:00Z'), hubAt(new Date('2026-12-02T23:30:00Z'))),
    ).toBeNull();
    // A token for another day than the ticket's (signed, but not this ticket's day).
    expect(
      await loadLiveTicket(
        liveTicketToken(mine.id, '2026-12-03'),
        new Date('2026-12-03T09:00:00Z'),
        hubAt(new Date('2026-12-03T09:00:00Z')),
      ),
    ).toBeNull();
    expect(await loadLiveTicket(`${token.slice(0, -2)}AA`, now, hubAt(now))).toBeNull();
  });
});
