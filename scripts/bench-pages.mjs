#!/usr/bin/env node
// `npm run bench:pages` (issue 20 point 3): requests/s of `/` and of a category's calendar at 50
// in flight, on the production build, with the harness of bench:live. With `--against DIR` (a
// second checkout of an older commit, already built with `npx next build`) both builds run side
// by side on the same database and are measured in alternating rounds, so the machine's noise
// falls on both alike and their ratio is what to read.
//
//   node scripts/bench-pages.mjs [--against ../termin-before] [--concurrency 50] [--rounds 5]
//                                [--duration 5] [--json] [--keep]
import fs from 'node:fs';
import path from 'node:path';
import { benchAddress, runLoad } from './lib/bench/load.mjs';
import { readOptions } from './lib/bench/options.mjs';
import { startStack, stopOnSignals } from './lib/bench/stack.mjs';
import { formatMs, formatTable } from './lib/bench/stats.mjs';

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

/** The pages measured: the home page and a seeded category's calendar. */
const PAGES = [
  { name: '/', path: '/' },
  { name: 'kalendarz kategorii', path: '/rezerwacja/cup/prawa-jazdy' },
];

const stack = await startStack({
  root,
  instances: against ? 2 : 1,
  serverRoots: against ? [root, against] : [],
  onStop: (stop) => stopOnSignals(stop),
});
const builds = stack.servers.map((server, i) => ({
  name: i === 0 ? 'ta kompilacja' : path.basename(/** @type {string} */ (against)),
  server,
}));

/** @type {Map<string, { rps: number[]; p95: number[]; failed: number }>} */
const figures = new Map();
let next = 0; // every request from an address of its own, across rounds
try {
  // A warm-up round per build: the first requests compile nothing, but fill caches and the JIT.
  for (const b of builds)
    for (const p of PAGES) await measure(b.server.origin, p.path, Math.min(opts.duration, 2) * 1000);
  for (let r = 0; r < opts.rounds; r++) {
    // Alternate which build goes first, so that neither always follows the other's load.
    const order = r % 2 ? [...builds].reverse() : builds;
    for (const b of order)
      for (const p of PAGES) {
        const res = await measure(b.server.origin, p.path, opts.duration * 1000);
        const key = `${b.name}\u0000${p.name}`;
        const f = figures.get(key) ?? { rps: [], p95: [], failed: 0 };
        f.rps.push(res.rps);
        f.p95.push(res.latency.p95);
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
 * @param {string} origin
 * @param {string} pagePath
 * @param {number} durationMs
 */
function measure(origin, pagePath, durationMs) {
  return runLoad({
    origins: [origin],
    request: () => ({ path: pagePath }),
    concurrency: opts.concurrency,
    durationMs,
    address: () => benchAddress(next++),
  });
}

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function report() {
  /** @type {Record<string, Record<string, { rps: number; p95Ms: number; failed: number }>>} */
  const json = {};
  const rows = [];
  for (const p of PAGES)
    for (const b of builds) {
      const f = figures.get(`${b.name}\u0000${p.name}`);
      if (!f) continue;
      const rps = median(f.rps);
      const p95 = median(f.p95);
      (json[b.name] ??= {})[p.name] = { rps, p95Ms: p95, failed: f.failed };
      const base = figures.get(`${builds[1]?.name}\u0000${p.name}`);
      const ratio = base && b !== builds[1] ? (rps / median(base.rps)).toFixed(2) : '';
      rows.push([p.name, b.name, rps.toFixed(1), formatMs(p95), String(f.failed), ratio]);
    }
  const header = ['strona', 'kompilacja', 'żądania/s (mediana)', 'p95 (mediana)', 'błędy', 'stosunek'];
  process.stdout.write(
    `\n${opts.concurrency} w locie, ${opts.rounds} rund po ${opts.duration} s na stronę i kompilację\n`,
  );
  process.stdout.write(
    `${formatTable(header, rows, ['left', 'left', 'right', 'right', 'right', 'right'])}\n`,
  );
  if (opts.json) process.stdout.write(`${JSON.stringify(json)}\n`);
}
