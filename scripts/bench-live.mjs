#!/usr/bin/env node
// `npm run bench:live` (issue 18 point 6): the waiting-room displays and live tickets under load.
// The production build on a throw-away database behind one trusted proxy; N display and ticket
// streams from N addresses; queue events made by counters (scripts/lib/bench/queue-counters.ts);
// then streams that never read. Prints a table, the goals met or not, and with --json the
// figures as one JSON object on the last line. docs/benchmarks.md says what each figure means.
//
//   node scripts/bench-live.mjs [--streams 2000] [--stalled 300] [--events 40] [--duration 10]
//                               [--stalled-events 200] [--count-events 10] [--json] [--keep]
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startAppScript } from './lib/bench/app-script.mjs';
import { openStatementCounter, waitUntilSettled } from './lib/bench/db-stats.mjs';
import { checkGoals, createCallTracker, formatGoals, formatLiveTable } from './lib/bench/live-report.mjs';
import { benchAddress, runLoad } from './lib/bench/load.mjs';
/** @typedef {import('./lib/bench/load.mjs').LoadResult} LoadResult */
/** @typedef {import('./lib/bench/stack.mjs').AppServer} AppServer */
import { sampleRss, serversCpu, serversRss } from './lib/bench/proc.mjs';
import { openStalledStreams, openStreams } from './lib/bench/sse.mjs';
import { startStack, stopOnSignals } from './lib/bench/stack.mjs';

const root = path.resolve(import.meta.dirname, '..');
const say = (/** @type {string} */ msg) => process.stderr.write(`[bench] ${msg}\n`);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
const OFFICES = ['wso', 'cup'];
// Address ranges (benchAddress) of the three kinds of client, apart from each other.
const STREAM_ADDRESSES = 0;
const STALLED_ADDRESSES = 60_000;
const PROBE_ADDRESSES = 100_000;

const { values: args } = parseArgs({
  options: {
    streams: { type: 'string', default: '2000' },
    stalled: { type: 'string', default: '300' },
    events: { type: 'string', default: '40' },
    duration: { type: 'string', default: '10' },
    'stalled-events': { type: 'string', default: '200' },
    'count-events': { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
/** @param {string} name @param {number} min @param {number} max */
function count(name, min, max) {
  const n = Number(/** @type {Record<string, unknown>} */ (args)[name]);
  if (!Number.isInteger(n) || n < min || n > max) {
    say(`--${name}: a whole number from ${min} to ${max}`);
    process.exit(2);
  }
  return n;
}
const opts = {
  streams: count('streams', 0, 50_000),
  stalled: count('stalled', 0, 20_000),
  events: count('events', 1, 10_000),
  durationMs: count('duration', 1, 600) * 1000,
  stalledEvents: count('stalled-events', 0, 10_000),
  countEvents: count('count-events', 1, 1_000),
};
const gapMs = opts.durationMs / opts.events; // a counter's pace, the same in every phase

/** @type {() => Promise<void>} */
let cleanup = async () => {};
const end = stopOnSignals(() => cleanup());
// The whole run is bounded; every wait inside it is too.
setTimeout(() => {
  say('Time limit (30 min) reached.');
  void end(1);
}, 30 * 60_000).unref();

const started = Date.now();
const step = (/** @type {string} */ msg) =>
  say(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${msg}`);
let stopStack = async () => {};
// Two servers: the first takes the streams and the probes; the second, fresh, only the streams
// that never read, so their memory is measured apart from everything else, and it is stopped
// afterwards with whatever work they left it (today's code: minutes of queued reloads).
const stack = await startStack({ root, instances: 2, onStop: (stop) => (stopStack = stop) });
const [main, apart] = /** @type {[AppServer, AppServer]} */ (stack.servers);
const origins = [main.origin];
const counters = startAppScript(stack, 'scripts/lib/bench/queue-counters.ts');
const statements = await openStatementCounter(stack.databaseUrl);
/** @type {{ close: () => void }[]} */
const open = [];
cleanup = async () => {
  for (const o of open) o.close();
  await counters.close();
  await statements.close();
  await stopStack();
};

const displays = opts.streams - Math.floor(opts.streams / 2);
const ticketStreams = opts.streams - displays;
const stalledTickets = Math.floor(opts.stalled / 2);
step('Bilety na dziś, stanowiska…');
const { tickets } = /** @type {{ tickets: { officeId: string; token: string }[] }} */ (
  await counters.request({
    do: 'setup',
    streamTickets: ticketStreams + stalledTickets,
    fillers: 2 * opts.countEvents + opts.events + opts.stalledEvents,
    counters: 3,
  })
);
/**
 * `n` streams, alternately a display (of each office in turn) and a live ticket while both last,
 * each from its own address.
 * @param {number} n @param {number} displayCount @param {string[]} tokens @param {number} base
 */
const targets = (n, displayCount, tokens, base) => {
  let d = 0;
  let t = 0;
  return Array.from({ length: n }, (_, i) => {
    const address = benchAddress(base + i);
    if (d < displayCount && (i % 2 === 0 || t >= tokens.length))
      return { path: `/display/${OFFICES[d++ % OFFICES.length]}/events`, address, group: 'display' };
    return { path: `/bilet/${tokens[t++]}/events`, address, group: 'ticket' };
  });
};
const tokens = tickets.map((t) => t.token);

/** / and /api/health side by side, two clients each, for `durationMs` (requests time out at 15 s). */
const probe = async (/** @type {string} */ origin, /** @type {number} */ durationMs) => {
  const [home, health] = /** @type {[LoadResult, LoadResult]} */ (
    await Promise.all(
      ['/', '/api/health'].map((p, k) =>
        runLoad({
          origins: [origin],
          request: () => ({ path: p }),
          concurrency: 2,
          durationMs,
          address: (i) => benchAddress(PROBE_ADDRESSES + k * 15_000 + (i % 15_000)),
        }),
      ),
    )
  );
  return { home, health };
};

/** Statements a second while nothing happens (the outbox worker's timer, streams' own). */
const backgroundRate = async (/** @type {number} */ ms) => {
  const a = await statements.read();
  const t = Date.now();
  await sleep(ms);
  return ((await statements.read()) - a) / ((Date.now() - t) / 1000);
};

/**
 * `events` queue events at the counters' pace, then until the work they caused on `server` is
 * done (at most `settleMs`): the statements per event, the background subtracted, and the events.
 * @param {{ events: number; server: AppServer; background: number; settleMs: number }} o
 */
const fire = async ({ events, server, background, settleMs }) => {
  /** @type {Record<string, unknown>[]} */
  const fired = [];
  const a = await statements.read();
  const t = Date.now();
  const r = await counters.request(
    { do: 'fire', events, durationMs: events * gapMs },
    { timeoutMs: events * gapMs + 120_000, onMessage: (m) => m.event !== undefined && fired.push(m) },
  );
  const settled = await settle(server, background, settleMs);
  const seconds = (Date.now() - t) / 1000;
  const done = Number(r.fired);
  return {
    fired: done,
    failed: Number(r.failed),
    perEvent: done ? (settled.value - a - background * seconds) / done : NaN,
    settled: settled.settled,
    events: fired,
  };
};

/** Until `server` and the database are done with what they were given (db-stats.mjs). */
const settle = (
  /** @type {AppServer} */ server,
  /** @type {number} */ background,
  /** @type {number} */ timeoutMs,
) =>
  waitUntilSettled(statements, {
    backgroundPerSec: background,
    cpu: () => serversCpu([server.pid]),
    timeoutMs,
  });

// 1. Idle: the pages' latency with nothing else going on, and what the counters cost alone.
step('Bez obciążenia: / i /api/health…');
await probe(main.origin, 2_000);
const idle = await probe(main.origin, opts.durationMs);
const memIdle = (await sampleRss([main.pid])).last;
const quiet = await backgroundRate(3_000);
const alone = await fire({ events: opts.countEvents, server: main, background: quiet, settleMs: 30_000 });

// 2. Streams that never read, on the second server: its memory before and after the events.
step(`${opts.stalled} strumieni, które nie czytają, i ${opts.stalledEvents} zdarzeń (drugi serwer)…`);
const stalled = await openStalledStreams({
  origin: apart.origin,
  targets: targets(
    opts.stalled,
    opts.stalled - stalledTickets,
    tokens.slice(ticketStreams),
    STALLED_ADDRESSES,
  ),
});
open.push(stalled);
await sleep(3_000);
const stalledBefore = (await sampleRss([apart.pid])).last;
const stalledRun = await fire({
  events: opts.stalledEvents,
  server: apart,
  background: quiet,
  settleMs: 30_000,
});
const stalledAfter = (await sampleRss([apart.pid], { times: 5, everyMs: 1_000 })).last;
const afterStalled = await probe(apart.origin, 5_000);
stalled.close();
await stack.stopServer(apart);
await settle(main, quiet, 30_000);

// 3. The streams, opened as a crowd of browsers would, 100 waiting for an answer at a time.
step(`Otwieranie ${opts.streams} strumieni (${displays} ekranów, ${ticketStreams} biletów)…`);
const calls = createCallTracker();
const beforeOpen = await statements.read();
const openedAt = Date.now();
const pool = openStreams({
  origins,
  targets: targets(opts.streams, displays, tokens.slice(0, ticketStreams), STREAM_ADDRESSES),
  onEvent: calls.onEvent,
});
open.push(pool);
const opened = await pool.settled(180_000);
const afterOpen = await settle(main, quiet, 60_000);
const openCounts = pool.counts().total;
const perStreamOpened =
  (afterOpen.value - beforeOpen - quiet * ((Date.now() - openedAt) / 1000)) / Math.max(1, openCounts.open);
const memStreams = (await sampleRss([main.pid])).last;

// 4. Statements per event with the streams open (nothing else running), then the events under
//    the pages' probes: latency, memory, how fast each call reached the displays.
step('Zdarzenia kolejki przy otwartych strumieniach…');
const loadedQuiet = await backgroundRate(3_000);
const counted = await fire({
  events: opts.countEvents,
  server: main,
  background: loadedQuiet,
  settleMs: 60_000,
});
let eventsPeak = serversRss([main.pid]);
const sampler = setInterval(() => (eventsPeak = Math.max(eventsPeak, serversRss([main.pid]))), 500);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const [loaded, underLoad] = await Promise.all([
  probe(main.origin, opts.durationMs),
  fire({ events: opts.events, server: main, background: loadedQuiet, settleMs: 30_000 }),
]);
loopDelay.disable();
clearInterval(sampler);
const counts = pool.counts().total;
const delivery = calls.delivery(
  /** @type {{ ticketId: string; office: string; pressedAt: number }[]} */ (
    underLoad.events.filter((e) => e.kind === 'call')
  ),
  pool.streams,
);
pool.close();
step('Koniec pomiarów.');

const failed =
  counts.failed +
  stalled.counts.failed +
  [idle, loaded, afterStalled].reduce((n, p) => n + p.home.failed + p.health.failed, 0) +
  alone.failed +
  counted.failed +
  underLoad.failed +
  stalledRun.failed;
const result = {
  options: opts,
  streams: {
    requested: opts.streams,
    displays,
    tickets: ticketStreams,
    open: openCounts.open,
    refused: counts.refused,
    failed: counts.failed,
    failures: counts.failures,
    reopened: counts.reopened,
    openMs: opened.ms,
    complete: opened.complete,
  },
  probes: { idle, loaded, afterStalled },
  calls: delivery,
  events: {
    fired: alone.fired + counted.fired + underLoad.fired + stalledRun.fired,
    failed: alone.failed + counted.failed + underLoad.failed + stalledRun.failed,
  },
  statements: {
    method: statements.method,
    unit: statements.method === 'pg_stat_statements' ? 'statements' : 'transactions',
    label: statements.label,
    perEvent: counted.perEvent - alone.perEvent,
    perEventCountersAlone: alone.perEvent,
    perStreamOpened,
    settled: alone.settled && counted.settled && afterOpen.settled,
  },
  settled: { afterEvents: underLoad.settled, afterStalledEvents: stalledRun.settled },
  memory: {
    idle: memIdle,
    streams: memStreams,
    eventsPeak,
    stalledBefore,
    stalledAfter,
    stalledGrowth: stalledAfter - stalledBefore,
  },
  stalled: { ...stalled.counts, events: stalledRun.fired },
  clientLoopDelayP99: loopDelay.percentile(99) / 1e6,
  failed,
};
const goals = checkGoals({
  idleHealth: idle.health,
  loadedHealth: loaded.health,
  failed,
  stalledGrowth: result.memory.stalledGrowth,
});

console.log(
  `\nTermin bench:live — ${opts.streams} streams (${displays} displays, ${ticketStreams} tickets), ` +
    `${opts.events} events in ${opts.durationMs / 1000} s, ${opts.stalled} stalled streams and ` +
    `${opts.stalledEvents} events; counted: ${statements.label}\n`,
);
console.log(formatLiveTable(result));
console.log(`\n${formatGoals(goals)}`);
if (args.json) console.log(JSON.stringify({ ...result, goals }));
if (args.keep) {
  say(`--keep: ${origins.join(', ')} działa (baza: ${stack.databaseUrl}); Ctrl-C kończy.`);
  await new Promise(() => {});
}
await cleanup();
