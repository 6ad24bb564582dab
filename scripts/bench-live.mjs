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
import { startAppScript } from './lib/bench/app-script.mjs';
import {
  backgroundRate,
  countStatements,
  openStatementCounter,
  waitUntilSettled,
} from './lib/bench/db-stats.mjs';
import {
  checkGoals,
  createCallTracker,
  formatLiveTable,
  probePages,
  streamTargets,
} from './lib/bench/live.mjs';
import { readOptions } from './lib/bench/options.mjs';
/** @typedef {import('./lib/bench/stack.mjs').AppServer} AppServer */
import { sampleRss, serversCpu, serversRss } from './lib/bench/proc.mjs';
import { openStalledStreams, openStreams } from './lib/bench/sse.mjs';
import { startRun, startStack } from './lib/bench/stack.mjs';
import { formatGoals } from './lib/bench/stats.mjs';

const root = path.resolve(import.meta.dirname, '..');
const say = (/** @type {string} */ msg) => process.stderr.write(`[bench] ${msg}\n`);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
// Address ranges (benchAddress) of the streams and the stalled streams, apart from each other
// and from the probes' (live.mjs).
const STREAM_ADDRESSES = 0;
const STALLED_ADDRESSES = 60_000;
const CONTROL_ADDRESSES = 120_000;

const args = readOptions({
  streams: [2000, 0, 50_000],
  stalled: [300, 0, 20_000],
  events: [40, 1, 10_000],
  duration: [10, 1, 600],
  'stalled-events': [200, 0, 10_000],
  'count-events': [10, 1, 1_000],
});
const opts = {
  streams: args.streams,
  stalled: args.stalled,
  events: args.events,
  durationMs: args.duration * 1000,
  stalledEvents: args['stalled-events'],
  countEvents: args['count-events'],
};
const gapMs = opts.durationMs / opts.events; // a counter's pace, the same in every phase

// The whole run is bounded; every wait inside it is too.
const { step, onCleanup } = startRun();
let stopStack = async () => {};
// A Ctrl-C while the stack starts removes what has started so far.
onCleanup(() => stopStack());
// Three servers: the first takes the streams and the probes; the second, fresh, only the
// streams that never read, so their memory is measured apart from everything else, and it is
// stopped afterwards with whatever work they left it (today's code: minutes of queued reloads);
// the third, as fresh, the same number of streams that do read, through the same events: what
// the second grows by beyond it is what not reading costs (a fresh server grows through its
// first events whatever its streams do).
const stack = await startStack({ root, instances: 3, onStop: (stop) => (stopStack = stop) });
const [main, apart, control] = /** @type {[AppServer, AppServer, AppServer]} */ (stack.servers);
const origins = [main.origin];
const counters = startAppScript(stack, 'scripts/lib/bench/queue-counters.ts');
const statements = await openStatementCounter(stack.databaseUrl);
/** @type {{ close: () => void }[]} */
const open = [];
const cleanup = async () => {
  for (const o of open) o.close();
  await counters.close();
  await statements.close();
  await stopStack();
};
onCleanup(cleanup);

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
const tokens = tickets.map((t) => t.token);

/** Until `server` and the database are done with what they were given (db-stats.mjs). */
const quietOn = (/** @type {AppServer} */ server, /** @type {number} */ background, timeoutMs = 30_000) => ({
  backgroundPerSec: background,
  cpu: () => serversCpu([server.pid]),
  timeoutMs,
});

/**
 * `events` queue events at the counters' pace, then until the work they caused on `server` is
 * done: the statements per event (background subtracted) and the events themselves.
 * @param {number} events @param {ReturnType<typeof quietOn>} quiet
 */
const fire = async (events, quiet) => {
  /** @type {Record<string, unknown>[]} */
  const fired = [];
  const {
    result,
    statements: n,
    settled,
  } = await countStatements(
    statements,
    () =>
      counters.request(
        { do: 'fire', events, durationMs: events * gapMs },
        { timeoutMs: events * gapMs + 120_000, onMessage: (m) => m.event !== undefined && fired.push(m) },
      ),
    quiet,
  );
  const done = Number(result.fired);
  return {
    fired: done,
    failed: Number(result.failed),
    perEvent: done ? n / done : NaN,
    settled,
    events: fired,
  };
};

// 1. Idle: the pages' latency with nothing else going on, and what the counters cost alone.
step('Bez obciążenia: / i /api/health…');
await probePages(main.origin, 2_000);
const idle = await probePages(main.origin, opts.durationMs);
const memIdle = (await sampleRss([main.pid])).last;
const quiet = await backgroundRate(statements, 3_000);
const alone = await fire(opts.countEvents, quietOn(main, quiet));

// 2. Streams that never read, on the second server: its memory before and after the events.
step(`${opts.stalled} strumieni, które nie czytają, i ${opts.stalledEvents} zdarzeń (drugi serwer)…`);
const stalled = await openStalledStreams({
  origin: apart.origin,
  targets: streamTargets(
    opts.stalled,
    opts.stalled - stalledTickets,
    tokens.slice(ticketStreams),
    STALLED_ADDRESSES,
  ),
});
open.push(stalled);
const reading = openStreams({
  origins: [control.origin],
  targets: streamTargets(
    opts.stalled,
    opts.stalled - stalledTickets,
    tokens.slice(ticketStreams),
    CONTROL_ADDRESSES,
  ),
});
open.push(reading);
await reading.settled(60_000);
await sleep(3_000);
const stalledBefore = (await sampleRss([apart.pid])).last;
const controlBefore = (await sampleRss([control.pid])).last;
const stalledRun = await fire(opts.stalledEvents, quietOn(apart, quiet));
const [stalledAfter, controlAfter] = await Promise.all([
  sampleRss([apart.pid], { times: 5, everyMs: 1_000 }).then((r) => r.last),
  sampleRss([control.pid], { times: 5, everyMs: 1_000 }).then((r) => r.last),
]);
const afterStalled = await probePages(apart.origin, 5_000);
stalled.close();
reading.close();
await stack.stopServer(apart);
await stack.stopServer(control);
await waitUntilSettled(statements, quietOn(main, quiet));

// 3. The streams, opened as a crowd of browsers would, 100 waiting for an answer at a time.
step(`Otwieranie ${opts.streams} strumieni (${displays} ekranów, ${ticketStreams} biletów)…`);
const calls = createCallTracker();
const pool = openStreams({
  origins,
  targets: streamTargets(opts.streams, displays, tokens.slice(0, ticketStreams), STREAM_ADDRESSES),
  onEvent: calls.onEvent,
});
open.push(pool);
const afterOpen = await countStatements(
  statements,
  () => pool.settled(180_000),
  quietOn(main, quiet, 60_000),
);
const opened = afterOpen.result;
const openCounts = pool.counts().total;
const perStreamOpened = afterOpen.statements / Math.max(1, openCounts.open);
const memStreams = (await sampleRss([main.pid])).last;

// 4. Statements per event with the streams open (nothing else running), then the events under
//    the pages' probes: latency, memory, how fast each call reached the displays.
step('Zdarzenia kolejki przy otwartych strumieniach…');
const loadedQuiet = await backgroundRate(statements, 3_000);
const counted = await fire(opts.countEvents, quietOn(main, loadedQuiet, 60_000));
let eventsPeak = serversRss([main.pid]);
const sampler = setInterval(() => (eventsPeak = Math.max(eventsPeak, serversRss([main.pid]))), 500);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const [loaded, underLoad] = await Promise.all([
  probePages(main.origin, opts.durationMs),
  fire(opts.events, quietOn(main, loadedQuiet)),
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
    controlBefore,
    controlAfter,
    stalledGrowth: stalledAfter - stalledBefore - (controlAfter - controlBefore),
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
