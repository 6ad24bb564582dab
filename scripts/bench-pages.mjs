#!/usr/bin/env node
// `npm run bench:pages` (issue 20 point 3, issue 23): requests/s and the server's CPU per request
// of `/api/health/live` (the one-query reference), `/`, a category's regulations step, its
// calendar and a day's times (both with the regulations accepted, as a resident sees them), and
// the build's largest script as Chrome asks for it (Brotli or gzip), at 50 in flight, on the
// production build, with the harness of bench:live. With `--against DIR` (a second checkout of an
// older commit, already built with `npx next build`) both builds run side by side on the same
// database and are measured in alternating rounds, so the machine's noise falls on both alike and
// their ratio is what to read.
//
//   node scripts/bench-pages.mjs [--against ../termin-before] [--concurrency 50] [--rounds 5]
//                                [--duration 5] [--json] [--keep]
import fs from 'node:fs';
import path from 'node:path';
import { decodeEntities, encodeForm, formBody, formWith } from './lib/bench/forms.mjs';
import { ADDRESS_SPACE, benchAddress, runLoad } from './lib/bench/load.mjs';
import { readOptions } from './lib/bench/options.mjs';
import { serversCpu } from './lib/bench/proc.mjs';
import { startStack, stopOnSignals } from './lib/bench/stack.mjs';
import { formatMs, formatTable } from './lib/bench/stats.mjs';
import { frameworkChunks } from './lib/bench/web.mjs';

const root = path.resolve(import.meta.dirname, '..');
const say = (/** @type {string} */ msg) => process.stderr.write(`[bench] ${msg}\n`);

const argv = process.argv.slice(2);
const at = argv.indexOf('--against');
const against = at < 0 ? undefined : path.resolve(argv.splice(at, 2)[1] ?? '');
if (against !== undefined && !fs.existsSync(path.join(against, '.next', 'BUILD_ID'))) {
  say(`--against: ${against} has no production build (run \`npx next build\` there first)`);
  process.exit(2);
}
const opts = readOptions(
  { concurrency: [50, 1, 1_000], rounds: [5, 1, 100], duration: [5, 1, 600] },
  { argv },
);

/** A seeded category and one of its matters. */
const CATEGORY = '/rezerwacja/cup/prawa-jazdy';
const MATTER = 'wymiana';

const stack = await startStack({
  root,
  instances: against ? 2 : 1,
  serverRoots: against ? [root, against] : [],
  onStop: (stop) => stopOnSignals(stop),
});
const builds = stack.servers.map((server, i) => ({
  name: i === 0 ? 'ta kompilacja' : path.basename(/** @type {string} */ (against)),
  server,
  chunk: largestFrameworkChunk(i === 0 ? root : /** @type {string} */ (against)),
}));

let next = 0; // every request from an address of its own, across rounds
const address = () => benchAddress(next++ % ADDRESS_SPACE);
const calendarPath = `${CATEGORY}?sprawa=${MATTER}`;
const first = stack.servers[0]?.origin ?? '';
const cookie = await acceptRegulations(first);
const dayPath = await firstFreeDay(first);
await checkPages();
/** The pages measured: the reference route first, each with the cookie a resident would send. */
const PAGES = [
  { name: '/api/health/live', path: '/api/health/live', cookie: '' },
  { name: '/', path: '/', cookie: '' },
  { name: 'regulamin kategorii', path: CATEGORY, cookie: '' },
  { name: 'kalendarz kategorii', path: calendarPath, cookie },
  { name: 'godziny dnia', path: dayPath, cookie },
  // Each build's own (their names differ); after the pages, so a server that compresses its
  // scripts once at start (decision 042) has done so in the warm-up.
  { name: 'największy skrypt frameworku', path: '', cookie: '', chunk: true },
];
/** What a browser sends with a script request (Chrome's Accept-Encoding). */
const SCRIPT_HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/** @type {Map<string, { rps: number[]; p95: number[]; cpuMs: number[]; failed: number }>} */
const figures = new Map();
try {
  // A warm-up round per build: the first requests compile nothing, but fill caches and the JIT.
  for (const b of builds) for (const p of PAGES) await measure(b, p, Math.min(opts.duration, 2) * 1000);
  for (let r = 0; r < opts.rounds; r++) {
    // Alternate which build goes first, so that neither always follows the other's load.
    const order = r % 2 ? [...builds].reverse() : builds;
    for (const b of order)
      for (const p of PAGES) {
        const res = await measure(b, p, opts.duration * 1000);
        const key = `${b.name}\u0000${p.name}`;
        const f = figures.get(key) ?? { rps: [], p95: [], cpuMs: [], failed: 0 };
        f.rps.push(res.rps);
        f.p95.push(res.latency.p95);
        f.cpuMs.push(res.cpuMs);
        f.failed += res.failed;
        figures.set(key, f);
      }
    say(`runda ${r + 1}/${opts.rounds}`);
  }
  report();
  if (opts.keep) say('Serwery działają (--keep); Ctrl-C kończy.');
  else await stack.stop();
} catch (e) {
  await stack.stop();
  throw e;
}

/**
 * The page at 50 in flight for `durationMs`, with the server's CPU per request.
 * @param {{ server: { origin: string; pid: number }; chunk: string }} build
 * @param {{ path: string; cookie: string; chunk?: boolean }} page
 * @param {number} durationMs
 */
async function measure({ server, chunk }, page, durationMs) {
  const cpu = serversCpu([server.pid]);
  const res = await runLoad({
    origins: [server.origin],
    request: () =>
      page.chunk
        ? { path: chunk, headers: SCRIPT_HEADERS }
        : { path: page.path, headers: page.cookie ? { cookie: page.cookie } : undefined },
    concurrency: opts.concurrency,
    durationMs,
    address,
  });
  const cpuMs = res.requests ? ((serversCpu([server.pid]) - cpu) * 1000) / res.requests : NaN;
  return { ...res, cpuMs };
}

/** A resident's regulations cookie: the regulations form posted as a browser without JavaScript. */
async function acceptRegulations(/** @type {string} */ origin) {
  const headers = { 'x-forwarded-for': address() };
  const form = formWith(await (await fetch(origin + calendarPath, { headers })).text(), 'accepted');
  if (!form) throw new Error(`${calendarPath} shows no regulations form`);
  const { body, contentType } = await encodeForm(
    formBody(form.hidden, { next: calendarPath, accepted: 'on' }),
  );
  const res = await fetch(origin + calendarPath, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { ...headers, 'content-type': contentType },
  });
  const set = res.headers.getSetCookie().find((c) => c.startsWith('termin_regulamin='));
  if (!set) throw new Error(`accepting the regulations answered ${res.status} without a cookie`);
  return set.split(';')[0] ?? '';
}

/**
 * The calendar's first day with free times after today, as its link names it (today's times run
 * out while the benchmark runs, and its page would get lighter from round to round).
 */
async function firstFreeDay(/** @type {string} */ origin) {
  const res = await fetch(origin + calendarPath, {
    headers: { 'x-forwarded-for': address(), cookie },
  });
  const today = new Date().toISOString().slice(0, 10);
  const hrefs = [...(await res.text()).matchAll(/href="([^"]*dzien=(\d{4}-\d{2}-\d{2})[^"]*)"/g)];
  const href = hrefs.find((m) => (m[2] ?? '') > today)?.[1];
  if (!href) throw new Error(`${calendarPath} links no day with free times after today`);
  return decodeEntities(href);
}

/**
 * Whether every build shows the calendar and the day's times to this cookie: a build that did not
 * take it would answer its regulations page instead, and be measured on the wrong page.
 */
async function checkPages() {
  for (const b of builds)
    for (const [p, mark] of /** @type {[string, string][]} */ ([
      [calendarPath, '<table'],
      [dayPath, 'id="godziny"'],
    ])) {
      const res = await fetch(b.server.origin + p, { headers: { 'x-forwarded-for': address(), cookie } });
      if (!(await res.text()).includes(mark)) throw new Error(`${b.name}: ${p} is not the page to measure`);
    }
}

/**
 * The largest of a build's own framework scripts (React DOM), as a URL path.
 * @param {string} buildRoot
 */
function largestFrameworkChunk(buildRoot) {
  const size = (/** @type {string} */ url) =>
    fs.statSync(path.join(buildRoot, '.next', url.slice('/_next/'.length))).size;
  const [largest] = [...frameworkChunks(buildRoot)].sort((a, b) => size(b) - size(a));
  if (!largest) throw new Error(`${buildRoot}: no framework chunks in .next/build-manifest.json`);
  return largest;
}

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function report() {
  /** @type {Record<string, Record<string, { rps: number; p95Ms: number; cpuMs: number; toPing: number; failed: number }>>} */
  const json = {};
  const rows = [];
  for (const p of PAGES)
    for (const b of builds) {
      const f = figures.get(`${b.name}\u0000${p.name}`);
      if (!f) continue;
      const rps = median(f.rps);
      const p95 = median(f.p95);
      const cpuMs = median(f.cpuMs);
      // The page's requests/s against the reference route's, on the same build and round.
      const ping = figures.get(`${b.name}\u0000${PAGES[0]?.name}`);
      const toPing = ping ? median(f.rps.map((x, i) => x / (ping.rps[i] ?? NaN))) : NaN;
      (json[b.name] ??= {})[p.name] = { rps, p95Ms: p95, cpuMs, toPing, failed: f.failed };
      const base = figures.get(`${builds[1]?.name}\u0000${p.name}`);
      const ratio = base && b !== builds[1] ? (rps / median(base.rps)).toFixed(2) : '';
      const cpuRatio = base && b !== builds[1] ? (cpuMs / median(base.cpuMs)).toFixed(2) : '';
      rows.push([
        p.name,
        b.name,
        rps.toFixed(1),
        formatMs(p95),
        `${cpuMs.toFixed(2)} ms`,
        toPing.toFixed(3),
        String(f.failed),
        ratio,
        cpuRatio,
      ]);
    }
  const header = [
    'strona',
    'kompilacja',
    'żądania/s (mediana)',
    'p95 (mediana)',
    'CPU serwera / żądanie',
    '÷ /api/health/live',
    'błędy',
    'stosunek żądań/s',
    'stosunek CPU',
  ];
  process.stdout.write(
    `\n${opts.concurrency} w locie, ${opts.rounds} rund po ${opts.duration} s na stronę i kompilację\n`,
  );
  process.stdout.write(
    `${formatTable(header, rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'])}\n`,
  );
  if (opts.json) process.stdout.write(`${JSON.stringify(json)}\n`);
}
