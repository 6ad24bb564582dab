#!/usr/bin/env node
// `npm run bench:rush` (issue 22 point 2): the release rush. The production build on a throw-away
// database behind one trusted proxy; a day of 114 seats released as an administrator releases
// one; N residents, each from its own address, race through the real forms with C "Zarezerwuj"
// posts in flight, first as a browser with JavaScript posts them, then (a fresh day, fresh
// residents) as one without; then, in the same run at the same concurrency, the references: one
// query through the whole stack, the pages, an empty server action, pgbench. Prints one table,
// the checks (no 5xx, nothing over capacity, every seat held and confirmed) and, with --json, the
// figures as one JSON object on the last line. docs/benchmarks.md says what each figure means.
//
//   node scripts/bench-rush.mjs [--residents 500] [--concurrency 50] [--instances 1]
//                               [--duration 10] [--slots 38] [--counters 3] [--warmup 150]
//                               [--smoke] [--profile] [--json] [--keep]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startAppScript } from './lib/bench/app-script.mjs';
import {
  actionBody,
  actionHeaders,
  actionId,
  encodeForm,
  formBody,
  formWith,
  readActionIds,
} from './lib/bench/forms.mjs';
import { benchAddress, runLoad } from './lib/bench/load.mjs';
import { readOptions } from './lib/bench/options.mjs';
import { openStatementCounter } from './lib/bench/db-stats.mjs';
import { runPgbench } from './lib/bench/pgbench.mjs';
import { serversCpu } from './lib/bench/proc.mjs';
import {
  formatProfiles,
  profileArgs,
  profileClock,
  readProfiles,
  summariseProfiles,
} from './lib/bench/profile.mjs';
import { ACTIONS, confirm, createResidents, openPages, prepare, race, send } from './lib/bench/rush.mjs';
import { formatRushTable, rushChecks, rushJson } from './lib/bench/rush-report.mjs';
import { startRun, startStack } from './lib/bench/stack.mjs';
import { formatGoals } from './lib/bench/stats.mjs';

const root = path.resolve(import.meta.dirname, '..');
const say = (/** @type {string} */ msg) => process.stderr.write(`[bench] ${msg}\n`);
const OFFICE = 'wso';
const CATEGORY = 'sprawy-obywatelskie';
// Address ranges (benchAddress) of each phase's residents, of the warm-up's and of the
// references, apart.
const PHASE_ADDRESSES = { js: 0, 'no-js': 20_000 };
const WARMUP_ADDRESSES = { js: 40_000, 'no-js': 50_000 };
const REFERENCE_ADDRESSES = 60_000;

// --smoke (npm test): a few residents over a few seats, short references; the same code paths,
// checked the same way, no figure compared with anything.
const smoke = process.argv.includes('--smoke');
const args = readOptions(
  {
    residents: [smoke ? 24 : 500, 1, 20_000],
    concurrency: [smoke ? 6 : 50, 1, 1_000],
    instances: [1, 1, 8],
    duration: [smoke ? 1 : 10, 1, 600],
    slots: [smoke ? 4 : 38, 1, 66],
    counters: [smoke ? 2 : 3, 1, 50],
    warmup: [smoke ? 4 : 150, 0, 5_000],
  },
  { flags: ['smoke', 'profile'] },
);
const C = args.concurrency;
// --profile: the servers run under V8's profiler; each step's CPU is summed by where it went.
const profileDir = args.profile ? fs.mkdtempSync(path.join(os.tmpdir(), 'termin-rush-profile-')) : null;
/** @type {import('./lib/bench/profile.mjs').Window[]} */
const windows = [];
/** The servers' CPU per request of each measured step (ms, as the kernel counts it: all threads). */
/** @type {Record<string, number>} */
const cpuPerRequest = {};
/**
 * Runs one measured step, noting its span on the profiler's clock and the CPU the servers spent
 * in it (/proc): unlike the step's speed, CPU per request hardly depends on what else the
 * machine runs, so it compares across runs on a shared machine.
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} fn
 * @param {(r: T) => number} requests
 */
async function measured(name, fn, requests) {
  const pids = stack.servers.map((s) => s.pid);
  const cpu = serversCpu(pids);
  const from = profileClock();
  const r = await fn();
  const n = requests(r);
  windows.push({ name, from, to: profileClock(), requests: n });
  cpuPerRequest[name] = n ? ((serversCpu(pids) - cpu) * 1000) / n : NaN;
  return r;
}

// The whole run is bounded; every wait inside it is too.
const { step, onCleanup } = startRun();
let stopStack = async () => {};
// A Ctrl-C while the stack starts removes what has started so far.
onCleanup(() => stopStack());
// TERMIN_BENCH=1: the empty server action answers (app/bench/); nowhere else does it.
const stack = await startStack({
  root,
  instances: args.instances,
  env: { TERMIN_BENCH: '1' },
  nodeArgs: profileDir ? profileArgs(profileDir) : [],
  onStop: (stop) => (stopStack = stop),
});
const origins = stack.servers.map((s) => s.origin);
const day = startAppScript(stack, 'scripts/lib/bench/rush-day.ts');
/** @type {import('./lib/bench/db-stats.mjs').StatementCounter | undefined} */
let statements;
const cleanup = async () => {
  await statements?.close();
  await day.close();
  await stopStack();
};
onCleanup(cleanup);
const ids = readActionIds(root);
const setup =
  /** @type {{ matter: string; dates: string[]; seats: number; refusals: Record<string, string>; notices: Record<string, string>; confirmed: string }} */ (
    await day.request({
      do: 'setup',
      office: OFFICE,
      category: CATEGORY,
      slots: args.slots,
      counters: args.counters,
      // A day for each way of the warm-up, then one a phase.
      days: 4,
    })
  );
const runId = Date.now().toString(36);
statements = await openStatementCounter(stack.databaseUrl);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

/**
 * One phase: a fresh day released (days are released in date order: a release reaches every
 * earlier day), its residents prepared, the race, the pages the answers named, the
 * confirmations. The warm-up's steps are not measured.
 * @param {import('./lib/bench/rush.mjs').Mode} mode
 * @param {{ date: string; count: number; firstAddress: number; warmup?: boolean }} o
 */
async function phase(mode, { date, count, firstAddress, warmup = false }) {
  step(
    `${warmup ? 'Rozgrzewka, ' : ''}${mode === 'js' ? 'z JavaScriptem' : 'bez JavaScriptu'}: ` +
      `wydanie dnia ${date} (${setup.seats} miejsc)…`,
  );
  const { times } = /** @type {{ times: string[] }} */ (await day.request({ do: 'release', date }));
  const residents = createResidents({
    count,
    times,
    firstAddress,
    tag: `${warmup ? 'warmup-' : ''}${mode}-${runId}`,
  });
  const p = {
    mode,
    origins,
    ids,
    office: OFFICE,
    category: CATEGORY,
    matter: setup.matter,
    sentences: { refusals: setup.refusals, notices: setup.notices, confirmed: setup.confirmed },
    mail: stack.mail,
    concurrency: C,
    counts: { requests: 0, http5xx: 0, errors: 0 },
  };
  step(`  ${count} mieszkańców: regulamin, dane…`);
  const prep = await prepare(p, residents);
  step(`  wyścig: „Zarezerwuj”, ${C} naraz…`);
  const counter = /** @type {import('./lib/bench/db-stats.mjs').StatementCounter} */ (statements);
  const before = await counter.read();
  /** @type {typeof measured} */
  const measure = (name, fn, requests) => (warmup ? fn() : measured(name, fn, requests));
  const raced = await measure(
    `hold (${mode})`,
    () => race(p, residents),
    (r) => r.posts,
  );
  // Every statement the database received over the race, per post: the outbox worker's sending
  // of the codes included (a handful a hold).
  const statementsPerPost = ((await counter.read()) - before) / raced.posts;
  step(`  strony, na które odesłały odpowiedzi, ${C} naraz…`);
  const pages = await measure(
    `page (${mode})`,
    () => openPages(p, residents),
    (r) => r.pages,
  );
  step(`  ${raced.held} zarezerwowanych: kody z e-maili, potwierdzenia…`);
  const confirmed = await confirm(p, residents);
  const samples = { ...prep.samples, ...raced.samples, ...pages.samples, ...confirmed.samples };
  for (const [kind, sample] of Object.entries(samples))
    say(`  ${mode}: first "${kind}": ${sample.replace(/\s+/g, ' ').slice(0, 300)}`);
  // A warm-up that posted nothing, or held nothing, warmed nothing.
  if (warmup && (raced.posts === 0 || raced.held === 0))
    throw new Error(`the warm-up (${mode}) posted ${raced.posts} and held ${raced.held}`);
  return {
    date,
    times: times.length,
    seats: setup.seats,
    residents: count,
    prep,
    race: { ...raced, statementsPerPost },
    pages,
    confirm: confirmed,
    counts: p.counts,
    sample: residents[0],
  };
}
const [warmupJsDate, warmupNoJsDate, jsDate, noJsDate] = /** @type {[string, string, string, string]} */ (
  setup.dates
);
// A server on release morning has served holds all along: the hold path's code is compiled and
// optimised, as every reference's is by the time it is measured (they run last). The first
// phase would otherwise pay for that alone. The warm-up races each way on a day of its own,
// unmeasured; the bench's own event loop is watched from the phases on.
if (args.warmup) {
  await phase('js', {
    date: warmupJsDate,
    count: args.warmup,
    firstAddress: WARMUP_ADDRESSES.js,
    warmup: true,
  });
  await phase('no-js', {
    date: warmupNoJsDate,
    count: args.warmup,
    firstAddress: WARMUP_ADDRESSES['no-js'],
    warmup: true,
  });
  loopDelay.reset();
}
const js = await phase('js', { date: jsDate, count: args.residents, firstAddress: PHASE_ADDRESSES.js });
const noJs = await phase('no-js', {
  date: noJsDate,
  count: args.residents,
  firstAddress: PHASE_ADDRESSES['no-js'],
});

// The references, one after another, each at the race's concurrency.
const sample = /** @type {import('./lib/bench/rush.mjs').Resident} */ (js.sample);
const base = `/rezerwacja/${OFFICE}/${CATEGORY}`;
const holdFields = { ...sample.fields, step: 'book' };
/**
 * @param {string} what  said while it runs
 * @param {(i: number) => import('./lib/bench/load.mjs').RequestSpec} request
 * @param {string} label  its column in the profile
 */
const reference = (what, request, label) => {
  step(`Odniesienie: ${what}, ${C} naraz, ${args.duration} s…`);
  return measured(
    label,
    () =>
      runLoad({
        origins,
        request,
        concurrency: C,
        durationMs: args.duration * 1000,
        address: (i) => benchAddress(REFERENCE_ADDRESSES + (i % 60_000)),
      }),
    (r) => r.requests,
  );
};
const get =
  (/** @type {string} */ p, cookie = '') =>
  () => ({ path: p, headers: /** @type {Record<string, string>} */ (cookie ? { cookie } : {}) });
const ping = await reference('/api/health/live', get('/api/health/live'), 'ping');
const home = await reference('/', get('/'), '/');
const calendar = await reference(
  'kalendarz kategorii',
  get(`${base}?sprawa=${setup.matter}`, sample.cookie),
  'calendar',
);
const dayTimes = await reference(
  'godziny dnia',
  get(
    `${base}?${new URLSearchParams({ sprawa: setup.matter, miesiac: js.date.slice(0, 7), dzien: js.date })}`,
    sample.cookie,
  ),
  'day',
);
/** The empty action posted as the phase's browser posts "Zarezerwuj" (the same fields). */
async function emptyAction(/** @type {boolean} */ withJs) {
  const counts = { requests: 0, http5xx: 0, errors: 0 };
  const form = formWith(
    (await send(counts, `${origins[0]}/bench`, { address: benchAddress(REFERENCE_ADDRESSES) })).text,
    'step',
  );
  if (!form) throw new Error('/bench has no form: is TERMIN_BENCH=1 reaching the server?');
  const { body, contentType } = await encodeForm(
    withJs ? actionBody(null, holdFields) : formBody(form.hidden, holdFields),
  );
  const id = actionId(ids, ACTIONS.empty);
  return reference(
    `pusta akcja serwera (${withJs ? 'z JS' : 'bez JS'})`,
    (i) => {
      const at = /** @type {string} */ (origins[i % origins.length]);
      return {
        path: '/bench',
        method: 'POST',
        headers: { ...(withJs ? actionHeaders(id, at) : { origin: at }), 'content-type': contentType },
        body,
      };
    },
    `empty action (${withJs ? 'js' : 'no-js'})`,
  );
}
js.empty = await emptyAction(true);
noJs.empty = await emptyAction(false);
loopDelay.disable();
// pgbench's seconds include connecting its clients: a few more for many clients.
const pgbenchSeconds = Math.max(args.duration, Math.ceil(C / 10) + 1);
step(`pgbench -c ${C}, ${pgbenchSeconds} s…`);
const pgbench = await runPgbench({ databaseUrl: stack.databaseUrl, clients: C, seconds: pgbenchSeconds });
if (pgbench.tps === null) say(pgbench.reason);
const { days } =
  /** @type {{ days: { seats: number; held: number; confirmed: number; overCapacity: number }[] }} */ (
    await day.request({ do: 'check', dates: [jsDate, noJsDate, warmupJsDate, warmupNoJsDate] })
  );
step('Koniec pomiarów.');

const result = {
  options: { ...args, keep: undefined, json: undefined },
  machine: {
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    loadAverage: os.loadavg()[0],
  },
  clientLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  phases: { js: { ...js, db: days[0] }, noJs: { ...noJs, db: days[1] } },
  references: { ping, home, calendar, day: dayTimes },
  cpuPerRequest,
  pgbench,
};
// The warm-up's days are checked too: a hold over capacity is a fault whenever it happens.
const warmupOver = days.slice(2).reduce((n, d) => n + d.overCapacity, 0);
const checks = [
  ...rushChecks(/** @type {any} */ (result)),
  { goal: 'warm-up: times over capacity (database) = 0', ok: warmupOver === 0, value: String(warmupOver) },
];
console.log(
  `\nTermin bench:rush — ${args.residents} residents a phase, ${C} hold posts in flight, one released day of ` +
    `${setup.seats} seats (${args.slots} times × ${args.counters}), ${args.instances} app instance${args.instances > 1 ? 's' : ''}; ` +
    `${result.machine.cores} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}, ` +
    `load average ${result.machine.loadAverage?.toFixed(1)} (the machine's, others' work included)\n`,
);
console.log(formatRushTable(/** @type {any} */ (result)));
if (pgbench.tps === null) console.log(`\n${pgbench.reason}`);
console.log(`\n${formatGoals(checks)}`);
if (args.json) console.log(JSON.stringify({ ...rushJson(/** @type {any} */ (result)), checks }));
// What the servers logged as failed, when a check failed: the cause is there, and the logs go
// with the stack.
if (!checks.every((c) => c.ok))
  for (const s of stack.servers) {
    const lines = fs.readFileSync(s.log, 'utf8').split('\n');
    const failures = lines.filter((l) => /failed|error/i.test(l)).slice(-5);
    for (const l of failures) say(`${s.origin}: ${l.slice(0, 500)}`);
  }
if (profileDir) {
  // A server writes its profile when it exits.
  await stopStack();
  const summaries = summariseProfiles(readProfiles(profileDir), windows);
  console.log(
    `\nWhere the servers' CPU went (node --cpu-prof, ${profileDir}):\n${formatProfiles(summaries)}`,
  );
  fs.writeFileSync(path.join(profileDir, 'summary.json'), JSON.stringify({ windows, summaries }, null, 2));
}
if (args.keep) {
  say(`--keep: ${origins.join(', ')} działa (baza: ${stack.databaseUrl}); Ctrl-C kończy.`);
  await new Promise(() => {});
}
await cleanup();
process.exit(checks.every((c) => c.ok) ? 0 : 1);
