// The counters of `npm run bench:live`: today's tickets in Opole's seeded offices, and queue
// events made as a clerk makes them, through the app's own use cases ("Wezwij następnego",
// "Wezwij ponownie", "Zakończ": each commits and NOTIFYs as it does at a real counter).
// Run by scripts/lib/bench/app-script.mjs; commands:
//   {"do":"setup","streamTickets":N,"fillers":M,"counters":K}  → live-ticket tokens for N tickets
//   {"do":"fire","events":E,"durationMs":D}                    → E events spread over D ms
import crypto from 'node:crypto';
import { formatTicketNumber } from '@/lib/domain/queue-ticket';
import { localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { liveTicketToken } from '@/lib/server/live/ticket-link';
import { callNextTicket } from '@/lib/server/queue/call-next-ticket';
import { dayValue } from '@/lib/server/queue/called-ticket';
import { finishTicket } from '@/lib/server/queue/finish-ticket';
import { recallTicket } from '@/lib/server/queue/recall-ticket';
import type { CounterScope } from '@/lib/server/queue/types';
import type { Staff } from '@/lib/server/staff/guard';
import { hashPassword } from '@/lib/server/staff/password';
import { type Emit, type Message, serveCommands } from './app-script-io';

const OFFICES = ['wso', 'cup'];

type Counter = {
  office: string;
  staff: Staff;
  scope: CounterScope;
  holding: string | null;
  recalled: boolean;
};
/** Each office's counters, and how many events each office has had. */
const counters = new Map<string, Counter[]>();
const steps = new Map<string, number>();

async function setup(command: Message) {
  const streamTickets = Number(command.streamTickets ?? 0);
  const fillers = Number(command.fillers ?? 0);
  const perOffice = Number(command.counters ?? 3);
  const now = new Date();
  const date = localDateOf(now);
  const offices = await prisma.office.findMany({
    where: { slug: { in: OFFICES } },
    select: {
      id: true,
      slug: true,
      categories: { where: { active: true }, select: { id: true, ticketPrefix: true } },
    },
  });
  if (offices.length !== OFFICES.length) throw new Error('the seed has not made the offices wso and cup');
  const categories = offices.flatMap((o) =>
    o.categories.map((c) => ({ ...c, officeId: o.id, office: o.slug })),
  );
  const seq = new Map<string, number>();
  // Fillers first (issued earlier): the counters call those, and the tickets with a stream stay
  // waiting, each seeing the people ahead of it go down.
  const rows = Array.from({ length: fillers + streamTickets }, (_, i) => {
    const c = categories[i % categories.length]!;
    const n = (seq.get(c.id) ?? 0) + 1;
    seq.set(c.id, n);
    return {
      id: crypto.randomUUID(),
      officeId: c.officeId,
      categoryId: c.id,
      day: dayValue(date),
      number: formatTicketNumber(c.ticketPrefix, 'WALK_IN', n),
      seq: n,
      kind: 'WALK_IN' as const,
      issuedAt: new Date(now.getTime() - 3_600_000 + i * 100),
    };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await prisma.queueTicket.createMany({ data: rows.slice(i, i + 1000) });

  const passwordHash = await hashPassword(crypto.randomBytes(24).toString('base64url'));
  for (const o of offices) {
    const staff = await prisma.staffUser.create({
      data: {
        email: `bench-${o.slug}-${crypto.randomBytes(4).toString('hex')}@bench.termin.local`,
        name: `Stanowisko ${o.slug}`,
        role: 'CLERK',
        officeId: o.id,
        passwordHash,
      },
      select: { id: true, email: true, name: true, role: true, officeId: true },
    });
    const categoryIds = o.categories.map((c) => c.id);
    counters.set(
      o.slug,
      Array.from({ length: perOffice }, (_, i) => ({
        office: o.slug,
        staff,
        scope: { officeId: o.id, counter: i + 1, categoryIds },
        holding: null,
        recalled: false,
      })),
    );
  }
  return {
    tickets: rows.slice(fillers).map((r) => ({ officeId: r.officeId, token: liveTicketToken(r.id, date) })),
  };
}

/** One counter's next step: call, then once call again, then finish; nothing waiting: no event. */
async function step(c: Counter, now: Date) {
  if (!c.holding) {
    const called = await callNextTicket(c.staff, c.scope, now);
    if (!called) return { kind: 'none' };
    c.holding = called.id;
    c.recalled = false;
    return { kind: 'call', ticketId: called.id };
  }
  const action = { ticketId: c.holding, counter: c.scope.counter };
  if (!c.recalled) {
    c.recalled = true;
    await recallTicket(c.staff, action, now);
    return { kind: 'recall', ticketId: c.holding };
  }
  c.holding = null;
  await finishTicket(c.staff, action, now);
  return { kind: 'finish', ticketId: action.ticketId };
}

/**
 * The offices take turns, so both displays hear events at the same rate; in an office the
 * counters take turns by whole visits (call, call again, finish), so a third of the events are
 * calls, spread evenly.
 */
function nextCounter(i: number): Counter {
  const office = OFFICES[i % OFFICES.length]!;
  const m = steps.get(office) ?? 0;
  steps.set(office, m + 1);
  const list = counters.get(office)!;
  return list[Math.floor(m / 3) % list.length]!;
}

async function fire(command: Message, emit: Emit) {
  const events = Math.max(0, Number(command.events ?? 0));
  const durationMs = Math.max(0, Number(command.durationMs ?? 0));
  const gap = events > 1 ? durationMs / events : 0;
  const started = Date.now();
  let fired = 0;
  let none = 0;
  let failed = 0;
  for (let i = 0; i < events; i++) {
    const wait = started + i * gap - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const c = nextCounter(i);
    const t0 = Date.now();
    try {
      const e = await step(c, new Date(t0));
      if (e.kind === 'none') none++;
      else fired++;
      emit({ event: i, ...e, office: c.office, pressedAt: t0, ms: Date.now() - t0 });
    } catch (err) {
      failed++;
      c.holding = null;
      emit({ event: i, kind: 'failed', office: c.office, message: String(err) });
    }
  }
  return { fired, none, failed, elapsedMs: Date.now() - started };
}

await serveCommands({ setup, fire }, () => prisma.$disconnect());
