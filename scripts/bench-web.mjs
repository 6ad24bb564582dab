#!/usr/bin/env node
// `npm run bench:web` (issue 22 point 3): Lighthouse in mobile mode on the pages a resident goes
// through — the home page, a category's calendar, a day's times, the details form and the code
// page — on the production build behind one trusted proxy. Prints per page the performance,
// accessibility and best-practices scores, the JavaScript loaded (compressed) and how much of it
// is above the framework's own chunks, the total weight; then the goals met or not, and with
// --json the figures as one JSON object on the last line. docs/benchmarks.md says what each means.
//
//   node scripts/bench-web.mjs [--runs 5] [--json] [--keep]
import path from 'node:path';
import { benchAddress } from './lib/bench/load.mjs';
import { readOptions } from './lib/bench/options.mjs';
import { startStack, stopOnSignals } from './lib/bench/stack.mjs';
import { formatGoals } from './lib/bench/stats.mjs';
import {
  checkIcons,
  checkWebGoals,
  formatWebTable,
  frameworkChunks,
  launchForLighthouse,
  measurePage,
  walkToDetails,
} from './lib/bench/web.mjs';
import { resolveChromiumOrExit } from './lib/chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const say = (/** @type {string} */ msg) => process.stderr.write(`[bench] ${msg}\n`);
const args = readOptions({ runs: [5, 1, 9] });

/** @type {(() => Promise<unknown>)[]} */
const closers = [];
const cleanup = async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
};
const end = stopOnSignals(cleanup);
setTimeout(() => {
  say('Time limit (30 min) reached.');
  void end(1);
}, 30 * 60_000).unref();

const executablePath = await resolveChromiumOrExit();
const stack = await startStack({ root, onStop: (stop) => closers.push(stop) });
const { origin } = /** @type {import('./lib/bench/stack.mjs').AppServer} */ (stack.servers[0]);
const framework = frameworkChunks(root);
const chrome = await launchForLighthouse(executablePath);
closers.push(async () => chrome.kill());

// One resident (one address) walks the way once; Lighthouse then loads each page afresh with the
// walk's cookie (the regulations accepted). The code page needs a booking held: it comes last.
const address = benchAddress(0);
const walk = await walkToDetails({ origin, executablePath, address });
closers.push(walk.close);
const headers = { Cookie: walk.cookies, 'X-Forwarded-For': address };
/** @type {{ name: string; url: string; figures: import('./lib/bench/web.mjs').PageFigures }[]} */
const rows = [];
/** @param {import('./lib/bench/web.mjs').WebPage} page */
const measure = async (page) => {
  say(`Lighthouse (${args.runs}×): ${page.name}  ${page.url.slice(origin.length)}`);
  rows.push({
    ...page,
    figures: await measurePage({ port: chrome.port, url: page.url, headers, runs: args.runs, framework }),
  });
};
for (const page of walk.pages) await measure(page);
await measure(await walk.book());
const iconsFailed = await checkIcons(origin);
const goals = checkWebGoals(rows, { iconsLoad: iconsFailed });

console.log(
  `\nTermin bench:web — Lighthouse (mobile), median of ${args.runs} run(s) a page; ` +
    `JS and weight as transferred (compressed); framework = Next's root main files and polyfills\n`,
);
console.log(formatWebTable(rows));
const failing = rows.filter((r) => r.figures.failedAudits.length);
for (const r of failing) console.log(`  ${r.name}: failed audits ${r.figures.failedAudits.join(', ')}`);
const indexes = rows.map((r) => Math.round(r.figures.benchmarkIndex));
console.log(`  Lighthouse benchmark index (machine speed, higher is faster): ${indexes.join(', ')}`);
console.log(`\n${formatGoals(goals)}`);
if (args.json) console.log(JSON.stringify({ runs: args.runs, pages: rows, iconsFailed, goals }));
if (args.keep) {
  say(`--keep: ${origin} działa (baza: ${stack.databaseUrl}); Ctrl-C kończy.`);
  await new Promise(() => {});
}
await cleanup();
process.exit(0);
