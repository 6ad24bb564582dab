// What `npm run bench:rush` prints: one table (the two phases side by side, then the references
// measured in the same run at the same concurrency, and the ratios), the checks that must hold
// whatever the machine, and the figures as one JSON object.
import { formatMs, formatTable } from './stats.mjs';

/**
 * @typedef {import('./load.mjs').LoadResult} LoadResult
 * @typedef {{
 *   date: string; times: number; seats: number; residents: number;
 *   prep: Awaited<ReturnType<typeof import('./rush.mjs').prepare>>;
 *   race: Awaited<ReturnType<typeof import('./rush.mjs').race>> & { statementsPerPost?: number };
 *   pages: Awaited<ReturnType<typeof import('./rush.mjs').openPages>>;
 *   confirm: Awaited<ReturnType<typeof import('./rush.mjs').confirm>>;
 *   counts: import('./rush.mjs').Counts;
 *   db: { seats: number; held: number; confirmed: number; overCapacity: number };
 *   empty: LoadResult;
 * }} PhaseResult
 * @typedef {{
 *   options: Record<string, number | boolean | undefined>;
 *   machine: Record<string, number | string | undefined>;
 *   clientLoopDelayP99Ms: number;
 *   phases: { js: PhaseResult; noJs: PhaseResult };
 *   references: { ping: LoadResult; home: LoadResult; calendar: LoadResult; day: LoadResult };
 *   cpuPerRequest: Record<string, number>;
 *   pgbench: { tps: number; command: string } | { tps: null; reason: string };
 * }} RushResult
 */

const sum = (/** @type {Record<string, number>} */ o) => Object.values(o).reduce((a, b) => a + b, 0);
const kinds = (/** @type {Record<string, number>} */ o) =>
  Object.entries(o)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || '–';
const rate = (/** @type {number} */ n) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '–');
const ratio = (/** @type {number} */ a, /** @type {number | null} */ b) =>
  b && Number.isFinite(a) ? (a / b).toFixed(a / b < 0.01 ? 4 : 3) : '–';
const cpuMs = (/** @type {number} */ ms) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : '–');
const p3 = (/** @type {{ p50: number; p95: number; p99: number }} */ l) =>
  `${formatMs(l.p50)} / ${formatMs(l.p95)} / ${formatMs(l.p99)}`;
const load = (/** @type {LoadResult} */ r) =>
  `${rate(r.rps)} /s · p95 ${formatMs(r.latency.p95)}${r.failed ? ` (${r.failed} failed)` : ''}`;
const http5xx = (/** @type {LoadResult} */ r) =>
  Object.entries(r.statuses).reduce((n, [status, c]) => n + (Number(status) >= 500 ? c : 0), 0);

/** The servers' CPU per request (ms) of a measured step, by its name in bench-rush.mjs. */
const cpu = (/** @type {RushResult} */ r, /** @type {string} */ step) => r.cpuPerRequest?.[step] ?? NaN;
/** @param {PhaseResult} p */
const phaseFailures = (p) =>
  sum(p.prep.failed) + sum(p.race.failed) + sum(p.pages.failed) + sum(p.confirm.failed);
/** @param {PhaseResult} p */
const phase5xx = (p) => p.counts.http5xx + http5xx(p.empty);

/**
 * What one resident's "Zarezerwuj" costs the servers: the post and the page it leads to, when
 * that page is a request of its own (a redirect's page comes inside the post).
 * @param {RushResult} r @param {PhaseResult} p @param {'js' | 'no-js'} mode
 */
const residentCpu = (r, p, mode) =>
  cpu(r, `hold (${mode})`) + (p.pages.pages ? (cpu(r, `page (${mode})`) * p.pages.pages) / p.race.posts : 0);

/**
 * The figures of one phase with the references, under the names the issue gives them.
 * @param {RushResult} r @param {PhaseResult} p
 */
function phaseFigures(r, p) {
  const { ping, calendar, day, home } = r.references;
  const mode = p === r.phases.js ? 'js' : 'no-js';
  return {
    residents: p.residents,
    seats: p.seats,
    postsPerSec: p.race.postsPerSec,
    holdsPerSec: p.race.holdsPerSec,
    refusalsPerSec: p.race.refusalsPerSec,
    holdP50Ms: p.race.latency.p50,
    holdP95Ms: p.race.latency.p95,
    holdP99Ms: p.race.latency.p99,
    confirmP50Ms: p.confirm.latency.p50,
    confirmP95Ms: p.confirm.latency.p95,
    confirmP99Ms: p.confirm.latency.p99,
    pagesPerSec: p.pages.pagesPerSec,
    pageP50Ms: p.pages.latency.p50,
    pageP95Ms: p.pages.latency.p95,
    pageP99Ms: p.pages.latency.p99,
    held: p.race.held,
    refused: p.race.refused,
    failed: phaseFailures(p),
    confirmed: p.confirm.confirmed,
    confirmedInDatabase: p.db.confirmed,
    overCapacity: p.db.overCapacity,
    http5xx: phase5xx(p) + http5xx(ping) + http5xx(home) + http5xx(calendar) + http5xx(day),
    pingPerSec: ping.rps,
    pingP95Ms: ping.latency.p95,
    homePerSec: home.rps,
    homeP95Ms: home.latency.p95,
    calendarPerSec: calendar.rps,
    calendarP95Ms: calendar.latency.p95,
    dayPerSec: day.rps,
    dayP95Ms: day.latency.p95,
    emptyActionPerSec: p.empty.rps,
    emptyActionP95Ms: p.empty.latency.p95,
    pgbenchTps: r.pgbench.tps,
    holdToPing: p.race.postsPerSec / ping.rps,
    holdToEmptyAction: p.race.postsPerSec / p.empty.rps,
    holdToPgbench: r.pgbench.tps ? p.race.postsPerSec / r.pgbench.tps : null,
    statementsPerPost: p.race.statementsPerPost ?? NaN,
    holdCpuMs: cpu(r, `hold (${mode})`),
    pageCpuMs: cpu(r, `page (${mode})`),
    residentCpuMs: residentCpu(r, p, mode),
    emptyActionCpuMs: cpu(r, `empty action (${mode})`),
    pingCpuMs: cpu(r, 'ping'),
    homeCpuMs: cpu(r, '/'),
    calendarCpuMs: cpu(r, 'calendar'),
    dayCpuMs: cpu(r, 'day'),
    holdCpuToPingCpu: cpu(r, `hold (${mode})`) / cpu(r, 'ping'),
    residentCpuToPingCpu: residentCpu(r, p, mode) / cpu(r, 'ping'),
  };
}

/** @param {RushResult} r */
export function rushJson(r) {
  return {
    ...phaseFigures(r, r.phases.js),
    noJs: phaseFigures(r, r.phases.noJs),
    clientLoopDelayP99Ms: r.clientLoopDelayP99Ms,
    options: r.options,
    machine: r.machine,
  };
}

/**
 * What must hold on any machine: no 5xx, nothing over capacity, every seat taken and confirmed,
 * nothing failed. In the shape of the benchmarks' goals (stats.mjs formatGoals).
 * @param {RushResult} r
 */
export function rushChecks(r) {
  const refs = Object.values(r.references);
  const check = (
    /** @type {string} */ goal,
    /** @type {boolean} */ ok,
    /** @type {string | number} */ value,
  ) => ({
    goal,
    ok,
    value: String(value),
  });
  return [
    ...[r.phases.js, r.phases.noJs].flatMap((p, k) => {
      const name = k === 0 ? 'JavaScript' : 'no JavaScript';
      const wanted = Math.min(p.seats, p.residents);
      return [
        check(`${name}: HTTP 5xx = 0`, phase5xx(p) === 0, phase5xx(p)),
        check(`${name}: times over capacity (database) = 0`, p.db.overCapacity === 0, p.db.overCapacity),
        check(`${name}: seats held = ${wanted}`, p.race.held === wanted, p.race.held),
        check(
          `${name}: confirmed in the database = held`,
          p.db.confirmed === p.race.held && p.db.held === 0,
          `${p.db.confirmed} confirmed, ${p.db.held} still held`,
        ),
        check(`${name}: nothing failed`, phaseFailures(p) === 0, phaseFailures(p)),
      ];
    }),
    check(
      'references: every request answered below 400',
      refs.every((x) => x.failed === 0),
      refs.reduce((n, x) => n + x.failed, 0),
    ),
  ];
}

/** @param {RushResult} r */
export function formatRushTable(r) {
  const js = phaseFigures(r, r.phases.js);
  const nojs = phaseFigures(r, r.phases.noJs);
  const both = (/** @type {(p: PhaseResult, f: typeof js) => string | number} */ f) => [
    f(r.phases.js, js),
    f(r.phases.noJs, nojs),
  ];
  const { ping, home, calendar, day } = r.references;
  const c = r.options.concurrency;
  const tps = r.pgbench.tps;
  /** @type {(string | number)[][]} */
  const rows = [
    ['hold posts /s ("Zarezerwuj")', ...both((_, f) => rate(f.postsPerSec))],
    ['  held /s · refused /s', ...both((_, f) => `${rate(f.holdsPerSec)} · ${rate(f.refusalsPerSec)}`)],
    ['hold p50 / p95 / p99', ...both((p) => p3(p.race.latency))],
    [
      'the pages the answers named /s · p50 / p95 / p99',
      ...both((p) => `${rate(p.pages.pagesPerSec)} · ${p3(p.pages.latency)}`),
    ],
    ['confirm p50 / p95 / p99', ...both((p) => p3(p.confirm.latency))],
    ['database statements per hold post', ...both((_, f) => rate(f.statementsPerPost))],
    ['held · refused · failed', ...both((p, f) => `${p.race.held} · ${sum(p.race.refused)} · ${f.failed}`)],
    ['refusals by kind', ...both((p) => kinds(p.race.refused))],
    [
      'failures by kind',
      ...both((p) => kinds({ ...p.prep.failed, ...p.race.failed, ...p.pages.failed, ...p.confirm.failed })),
    ],
    ['confirmed (residents · database)', ...both((p) => `${p.confirm.confirmed} · ${p.db.confirmed}`)],
    ['HTTP 5xx', ...both((_, f) => f.http5xx)],
    ['times over capacity (database)', ...both((p) => p.db.overCapacity)],
    [
      'before the race: regulations · details p95',
      ...both((p) => `${formatMs(p.prep.accept.p95)} · ${formatMs(p.prep.review.p95)}`),
    ],
    [`empty server action, ${c} in flight`, ...both((p) => load(p.empty))],
    ['/api/health/live (one SELECT 1)', load(ping), ''],
    ['/', load(home), ''],
    ["a category's calendar", load(calendar), ''],
    ["a day's times", load(day), ''],
    [
      tps ? `${'command' in r.pgbench ? r.pgbench.command : 'pgbench'}` : 'pgbench',
      tps ? `${rate(tps)} tps` : '–',
      '',
    ],
    [
      'server CPU per request: hold · its page · empty action',
      ...both((_, f) => `${cpuMs(f.holdCpuMs)} · ${cpuMs(f.pageCpuMs)} · ${cpuMs(f.emptyActionCpuMs)}`),
    ],
    [
      'server CPU per request: ping · / · calendar · day',
      `${cpuMs(js.pingCpuMs)} · ${cpuMs(js.homeCpuMs)} · ${cpuMs(js.calendarCpuMs)} · ${cpuMs(js.dayCpuMs)}`,
      '',
    ],
    ['hold posts ÷ /api/health/live', ...both((_, f) => ratio(f.postsPerSec, ping.rps))],
    ['server CPU per post ÷ per ping', ...both((_, f) => ratio(f.holdCpuMs, f.pingCpuMs))],
    [
      'server CPU per resident (post + page) ÷ per ping',
      ...both((_, f) => ratio(f.residentCpuMs, f.pingCpuMs)),
    ],
    ['hold posts ÷ empty server action', ...both((_, f) => ratio(f.postsPerSec, f.emptyActionPerSec))],
    ['hold posts ÷ pgbench tps', ...both((_, f) => ratio(f.postsPerSec, tps))],
    ['/api/health/live ÷ pgbench tps', ratio(ping.rps, tps), ''],
    ['bench client event-loop delay p99', formatMs(r.clientLoopDelayP99Ms), ''],
  ];
  return formatTable(['figure', 'JavaScript', 'no JavaScript'], rows, ['left', 'left', 'left']);
}
