// Where a server's CPU went during one step of a benchmark: the servers run with `node
// --cpu-prof` (V8's sampling profiler; the profile is written when the process exits), the
// benchmark notes each step's start and end on the same monotonic clock V8 stamps its samples
// with, and the samples inside a step are summed by where their function comes from, read
// through the build's source maps: Prisma, node-postgres, Next.js, React, other libraries,
// Node's internals, Termin's own code, and V8's own (GC, compiled code without a function).
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { formatTable } from './stats.mjs';

/** The servers' node arguments: a profile per process in `dir`, a sample every 500 µs. */
export const profileArgs = (/** @type {string} */ dir) => [
  '--cpu-prof',
  '--cpu-prof-dir',
  dir,
  '--cpu-prof-interval',
  '500',
];

/** Now on the profiler's clock (µs of CLOCK_MONOTONIC: V8's and libuv's on Linux). */
export const profileClock = () => Number(process.hrtime.bigint() / 1000n);

/**
 * @typedef {{ name: string; from: number; to: number; requests: number }} Window
 * @typedef {{ functionName: string; url: string; lineNumber: number; columnNumber: number }} CallFrame
 * @typedef {{ id: number; callFrame: CallFrame; children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }} CpuProfile
 */

export const CATEGORIES = [
  'Prisma',
  'node-postgres',
  'Next.js',
  'React',
  'other libraries',
  'Node internals',
  'Termin',
  'GC',
  'V8 (program)',
];

/**
 * A source's category, by its path: the original source when the build maps it (absolute, or a
 * bundler's URL: `turbopack:///[project]/…`, `webpack://next/…`), else the file that ran.
 */
export function categoryOf(/** @type {string} */ source) {
  const s = source.replaceAll('\\', '/');
  if (s === '' || s.startsWith('node:')) return 'Node internals';
  if (/@prisma\/|\/lib\/generated\/prisma\/|query_compiler/.test(s)) return 'Prisma';
  if (/\/node_modules\/(pg|pg-protocol|pg-pool|pg-types|pgpass|postgres-[a-z]+)\//.test(s))
    return 'node-postgres';
  if (
    /\/compiled\/(react|react-dom|react-is|react-server-dom-[a-z]+|scheduler)\/|\/node_modules\/(react|react-dom|scheduler)\//.test(
      s,
    )
  )
    return 'React';
  if (/\/node_modules\/next\/|^webpack:\/\/next\//.test(s)) return 'Next.js';
  if (/node_modules\//.test(s)) return 'other libraries';
  if (/\[project\]\/|^file:|^\//.test(s)) return 'Termin';
  return 'other libraries';
}

/** Source maps of the build's chunks (and of Next.js's own bundled runtime), read once each. */
function sourceMaps() {
  /** @type {Map<string, SourceMap | null>} */
  const maps = new Map();
  return (/** @type {string} */ url) => {
    if (!maps.has(url)) {
      let map = null;
      const file = url.startsWith('file://') ? new URL(url).pathname : url;
      try {
        if (fs.existsSync(`${file}.map`))
          map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    return maps.get(url) ?? null;
  };
}

/**
 * Where a frame's code comes from: the original source when its file has a source map (a
 * relative source resolved against the file), else the file itself.
 */
function sourceOf(/** @type {CallFrame} */ f, /** @type {ReturnType<typeof sourceMaps>} */ maps) {
  const map = f.url ? maps(f.url) : null;
  if (map && f.lineNumber >= 0) {
    const e = /** @type {{ originalSource?: string; originalLine?: number }} */ (
      map.findEntry(f.lineNumber, f.columnNumber)
    );
    if (e?.originalSource) {
      const file = f.url.startsWith('file://') ? new URL(f.url).pathname : f.url;
      const source = /^[a-z]+:/.test(e.originalSource)
        ? decodeURIComponent(e.originalSource)
        : path.resolve(path.dirname(file), decodeURIComponent(e.originalSource));
      return { source, line: (e.originalLine ?? 0) + 1 };
    }
  }
  return { source: f.url.startsWith('file://') ? new URL(f.url).pathname : f.url, line: f.lineNumber + 1 };
}

/** A frame as the summary names it: function, source and line; its category. */
function describe(/** @type {CallFrame} */ f, /** @type {ReturnType<typeof sourceMaps>} */ maps) {
  if (f.functionName === '(idle)') return null;
  if (f.functionName === '(garbage collector)') return { category: 'GC', label: '(GC)' };
  if (f.functionName === '(program)' || f.functionName === '(root)')
    return { category: 'V8 (program)', label: f.functionName };
  const { source, line } = sourceOf(f, maps);
  const short = source
    .replace(`${process.cwd()}/`, '')
    .replace(/^.*?\/node_modules\//, '')
    .replace(/^.*?\[project\]\//, '');
  return { category: categoryOf(source), label: `${f.functionName || '(anonymous)'} ${short}:${line}` };
}

/**
 * The CPU of the samples inside each window, by category; the functions that spent most of it
 * themselves (self time), and Termin's functions with most time spent in them and what they
 * called (inclusive: an async function's time counts while it runs, not while it awaits).
 * `idle` is the time the process waited (for the network, the database).
 * @param {CpuProfile[]} profiles  one per server process
 * @param {Window[]} windows
 * @param {{ top?: number }} [opts]
 */
export function summariseProfiles(profiles, windows, { top = 12 } = {}) {
  const maps = sourceMaps();
  const prepared = profiles.map((p) => {
    /** @type {Map<number, ProfileNode>} */
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    /** @type {Map<number, number>} */
    const parents = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
    /** @type {Map<number, { category: string; label: string } | null>} */
    const described = new Map();
    const self = (/** @type {number} */ id) => {
      if (!described.has(id)) {
        const f = nodes.get(id)?.callFrame;
        described.set(id, f ? describe(f, maps) : null);
      }
      return described.get(id) ?? null;
    };
    /** @type {Map<number, string[]>} */
    const termin = new Map();
    /** Termin's functions on the stack of a node, each once. */
    const terminOf = (/** @type {number} */ id) => {
      /** @type {number[]} */
      const chain = [];
      let at = /** @type {number | undefined} */ (id);
      while (at !== undefined && !termin.has(at)) {
        chain.push(at);
        at = parents.get(at);
      }
      let labels = at === undefined ? [] : /** @type {string[]} */ (termin.get(at));
      for (const n of chain.reverse()) {
        const d = self(n);
        if (d?.category === 'Termin' && !labels.includes(d.label)) labels = [...labels, d.label];
        termin.set(n, labels);
      }
      return /** @type {string[]} */ (termin.get(id));
    };
    return { p, self, terminOf };
  });
  return windows.map((w) => {
    /** @type {Record<string, number>} */
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
    /** @type {Map<string, number>} */
    const byFunction = new Map();
    /** @type {Map<string, number>} */
    const inclusive = new Map();
    let idle = 0;
    let total = 0;
    for (const { p, self, terminOf } of prepared) {
      let t = p.startTime;
      for (let i = 0; i < p.samples.length; i++) {
        const dt = p.timeDeltas[i] ?? 0;
        t += dt;
        if (t < w.from || t > w.to) continue;
        // A sample stands for the time until the next one.
        const span = p.timeDeltas[i + 1] ?? dt;
        const id = /** @type {number} */ (p.samples[i]);
        const entry = self(id);
        total += span;
        if (!entry) {
          idle += span;
          continue;
        }
        byCategory[entry.category] = (byCategory[entry.category] ?? 0) + span;
        byFunction.set(entry.label, (byFunction.get(entry.label) ?? 0) + span);
        for (const label of terminOf(id)) inclusive.set(label, (inclusive.get(label) ?? 0) + span);
      }
    }
    const busy = total - idle;
    const ms = (/** @type {number} */ us) => us / 1000;
    const ranked = (/** @type {Map<string, number>} */ m) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([fn, us]) => ({ fn, ms: ms(us), share: busy ? us / busy : 0 }));
    return {
      name: w.name,
      requests: w.requests,
      wallMs: ms(w.to - w.from),
      busyMs: ms(busy),
      idleMs: ms(idle),
      cpuMsPerRequest: w.requests ? ms(busy) / w.requests : NaN,
      byCategory: Object.fromEntries(
        Object.entries(byCategory).map(([c, us]) => [c, { ms: ms(us), share: busy ? us / busy : 0 }]),
      ),
      topFunctions: ranked(byFunction),
      terminInclusive: ranked(inclusive),
    };
  });
}

/** The profiles `node --cpu-prof` wrote into `dir`. */
export function readProfiles(/** @type {string} */ dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => /** @type {CpuProfile} */ (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
}

const pct = (/** @type {number} */ x) => `${(x * 100).toFixed(0)} %`;

/** @param {ReturnType<typeof summariseProfiles>} summaries */
export function formatProfiles(summaries) {
  const head = ['category', ...summaries.map((s) => s.name)];
  const rows = [
    ['CPU ms per request', ...summaries.map((s) => s.cpuMsPerRequest.toFixed(1))],
    ['busy share of the step', ...summaries.map((s) => pct(s.busyMs / Math.max(s.wallMs, 1)))],
    ...CATEGORIES.map((c) => [c, ...summaries.map((s) => pct(s.byCategory[c]?.share ?? 0))]),
  ];
  const list = (/** @type {{ fn: string; share: number }[]} */ fns) =>
    fns.map((f) => `  ${pct(f.share).padStart(4)}  ${f.fn}`).join('\n');
  const tops = summaries.map(
    (s) =>
      `\n${s.name}: the functions with most self time\n${list(s.topFunctions)}\n` +
      `${s.name}: Termin's functions, with what they called\n${list(s.terminInclusive)}`,
  );
  return `${formatTable(head, rows)}\n${tops.join('\n')}`;
}
