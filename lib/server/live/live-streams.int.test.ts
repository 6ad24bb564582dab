// The live streams as the display and the phones open them, against the real queue: one office
// load per burst of events whatever the number of screens, connecting costs no load of its own,
// caps answer 429 with Retry-After, a stream nobody reads stays bounded, and each phone gets its
// own ticket out of the office's one snapshot.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { PEER_PREFIX } from '@/lib/server/core/rate-limit';
import { callNextTicket } from '@/lib/server/queue/call-next-ticket';
import type { Staff } from '@/lib/server/staff/guard';
import { createTestCategory, createTestTicket } from '@/lib/testing/fixtures';
import { createTestLiveHub } from '@/lib/testing/live';
import { createTestStaff } from '@/lib/testing/staff';
import type { LiveHub } from './live-hub';
import { loadOfficeQueue } from './load-office-queue';
import { openDisplayStream } from './open-display-stream';
import { openTicketStream } from './open-ticket-stream';
import { createQueueListener } from './queue-events';
import { STREAM_BUFFER_BYTES } from './sse-response';
import { liveTicketToken } from './ticket-link';

const PEER_HEADER = `${PEER_PREFIX}test`;
vi.stubEnv('TRUSTED_PROXY_HOPS', '0');
vi.stubEnv('TERMIN_PEER_HEADER', PEER_HEADER);
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));

const listener = createQueueListener();
beforeAll(() => listener.ready());
afterAll(async () => {
  vi.unstubAllEnvs();
  await listener.close();
  await prisma.$disconnect();
});

const now = new Date('2026-12-02T10:00:00Z');
const min = (n: number) => new Date(now.getTime() + n * 60_000);

/** A hub of the test's own that counts its office loads. */
function countingHub(opts: Pick<Parameters<typeof createTestLiveHub>[0], 'limits' | 'coalesceMs'> = {}) {
  const counter = { loads: 0 };
  const hub = createTestLiveHub({
    events: listener,
    ...opts,
    load: (officeId) => {
      counter.loads++;
      return loadOfficeQueue(officeId, now);
    },
  });
  return { hub, counter };
}

async function setup() {
  const t = await createTestCategory({ ticketPrefix: 'L' });
  const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędnik' };
  const scope = (counter: number) => ({ officeId: t.office.id, counter, categoryIds: [t.category.id] });
  return { ...t, clerk, scope };
}

/** A browser's request: its own address, and a signal to leave with. */
function request(path: string, address = '198.51.100.7') {
  const leave = new AbortController();
  const req = new Request(`http://localhost:3000${path}`, {
    signal: leave.signal,
    headers: { [PEER_HEADER]: address },
  });
  return { req, leave };
}

/** Reads a stream's events as they come; `next(type)` waits for the next one of that type. */
function events(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const seen: { event: string; data: unknown }[] = [];
  let ended = false;
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event) seen.push({ event, data: data ? JSON.parse(data) : null });
      }
    }
    ended = true;
  })();
  return {
    seen,
    get ended() {
      return ended;
    },
    async until(check: () => boolean, what: string) {
      const deadline = Date.now() + 10_000;
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    cancel: () => reader.cancel().then(() => pump),
  };
}

async function openDisplays(hub: LiveHub, slug: string, n: number) {
  const streams = [];
  for (let i = 0; i < n; i++) {
    const { req } = request(`/display/${slug}/events`, `198.51.${i >> 8}.${i & 255}`);
    const res = await openDisplayStream(req, slug, hub);
    expect(res.status).toBe(200);
    streams.push(events(res));
  }
  return streams;
}

describe('live streams', () => {
  it('load the office once for one event and for 200 connections, with 1 or 200 displays', async () => {
    const figures: { connect: number; event: number }[] = [];
    for (const n of [1, 200]) {
      const t = await setup();
      await createTestTicket(t, { issuedAt: min(-5) });
      const { hub, counter } = countingHub();
      const streams = await openDisplays(hub, t.office.slug, n);
      await Promise.all(streams.map((s) => s.until(() => s.seen.length >= 1, 'the first state')));
      const connect = counter.loads;
      await callNextTicket(t.clerk, t.scope(3), now);
      await Promise.all(
        streams.map((s) =>
          s.until(() => s.seen.some((e) => (e.data as { current?: unknown })?.current), 'the call'),
        ),
      );
      figures.push({ connect, event: counter.loads - connect });
      expect(streams[0]!.seen.at(-1)!.data).toMatchObject({ current: { counter: 3 } });
      await Promise.all(streams.map((s) => s.cancel()));
    }
    expect(figures).toEqual([
      { connect: 1, event: 1 },
      { connect: 1, event: 1 },
    ]);
  });

  it('give each phone its own ticket from one office load per event', async () => {
    const t = await setup();
    const tickets = [];
    for (let i = 0; i < 3; i++) tickets.push(await createTestTicket(t, { issuedAt: min(-9 + i) }));
    const { hub, counter } = countingHub();
    const phones = [];
    for (let i = 0; i < 60; i++) {
      const mine = tickets[i % 3]!;
      const { req } = request('/bilet/x/events', `203.0.113.${i}`);
      const res = await openTicketStream(req, liveTicketToken(mine.id, localDateOf(now)), {
        hub,
        now: () => now,
      });
      expect(res.status).toBe(200);
      phones.push({ mine, stream: events(res) });
    }
    await Promise.all(phones.map((p) => p.stream.until(() => p.stream.seen.length >= 1, 'a state')));
    expect(counter.loads).toBe(1);
    for (const p of phones)
      expect(p.stream.seen[0]!.data).toMatchObject({
        number: p.mine.number,
        status: 'ISSUED',
        ahead: tickets.indexOf(p.mine),
      });
    await callNextTicket(t.clerk, t.scope(5), now);
    await Promise.all(
      phones.map((p) => p.stream.until(() => p.stream.seen.length >= 2, 'the state after the call')),
    );
    expect(counter.loads).toBe(2);
    for (const p of phones)
      expect(p.stream.seen[1]!.data).toMatchObject(
        p.mine === tickets[0]
          ? { status: 'CALLED', counter: 5 }
          : { status: 'ISSUED', ahead: tickets.indexOf(p.mine) - 1 },
      );
    await Promise.all(phones.map((p) => p.stream.cancel()));
  });

  it('refuse past a cap with 429 and Retry-After, and admit again once a stream ends', async () => {
    const t = await setup();
    const mine = await createTestTicket(t, { issuedAt: min(-1) });
    const token = liveTicketToken(mine.id, localDateOf(now));
    const { hub } = countingHub({ limits: { total: 4, perAddress: 2, perTicket: 1 } });
    const open = (address: string) =>
      openTicketStream(request('/bilet/x/events', address).req, token, { hub, now: () => now });
    const display = (address: string) => {
      const r = request(`/display/${t.office.slug}/events`, address);
      return { leave: r.leave, res: openDisplayStream(r.req, t.office.slug, hub) };
    };

    const first = await open('192.0.2.1');
    expect(first.status).toBe(200);
    const perTicket = await open('192.0.2.2');
    expect(perTicket.status).toBe(429);
    expect(Number(perTicket.headers.get('Retry-After'))).toBeGreaterThanOrEqual(15);
    expect(await perTicket.text()).toMatch(/Spróbuj ponownie za \d+ s/);

    const a1 = display('192.0.2.1');
    expect((await a1.res).status).toBe(200);
    expect((await display('192.0.2.1').res).status).toBe(429); // the address has two open
    const b1 = display('192.0.2.9');
    expect((await b1.res).status).toBe(200);
    const c1 = display('192.0.2.10');
    expect((await c1.res).status).toBe(200);
    expect((await display('192.0.2.11').res).status).toBe(429); // four open in the process
    c1.leave.abort();
    expect((await display('192.0.2.11').res).status).toBe(200);
    await first.body!.cancel();
    a1.leave.abort();
    b1.leave.abort();
  });

  it('keep a bounded backlog for a display that never reads, then end it', async () => {
    const t = await setup();
    await createTestTicket(t, { issuedAt: min(-1) });
    const { hub } = countingHub({ coalesceMs: 1 });
    const stalled = await openDisplayStream(
      request(`/display/${t.office.slug}/events`).req,
      t.office.slug,
      hub,
    );
    const reader = events(
      await openDisplayStream(request(`/display/${t.office.slug}/events`).req, t.office.slug, hub),
    );
    await reader.until(() => reader.seen.length >= 1, 'the first state');
    // Thousands of events, in bursts each of which the reading display sees as one new state.
    let sent = 0;
    for (let burst = 0; burst < 250; burst++) {
      for (let i = 0; i < 20; i++) hub.feed.changed(t.office.id);
      const before = reader.seen.length;
      await reader.until(() => reader.seen.length > before, 'the burst’s state');
      sent += new TextEncoder().encode(JSON.stringify(reader.seen.at(-1)!.data)).byteLength;
    }
    expect(sent).toBeGreaterThan(2 * STREAM_BUFFER_BYTES);
    // What waited for the display that never read stays within the bound, and its stream ended.
    const body = await new Response(stalled.body).text();
    expect(body).toContain('event: state');
    expect(new TextEncoder().encode(body).byteLength).toBeLessThanOrEqual(STREAM_BUFFER_BYTES);
    await reader.cancel();
  });

  it('answer a forged link 404 and a past day’s link with gone, loading nothing', async () => {
    const t = await setup();
    const mine = await createTestTicket(t, { issuedAt: min(-1) });
    const { hub, counter } = countingHub();
    const forged = await openTicketStream(request('/bilet/x/events').req, `${'A'.repeat(46)}`, { hub });
    expect(forged.status).toBe(404);
    const yesterday = await openTicketStream(
      request('/bilet/x/events').req,
      liveTicketToken(mine.id, localDateOf(now)),
      { hub, now: () => new Date('2026-12-03T09:00:00Z') },
    );
    expect(yesterday.status).toBe(200);
    expect(await yesterday.text()).toContain('event: gone');
    expect((await openDisplayStream(request('/display/x/events').req, 'no-such-office', hub)).status).toBe(
      404,
    );
    expect(counter.loads).toBe(0);
  });
});
