// The parts of `npm run bench:live` that are its own: which streams it opens, how it probes the
// pages, how fast a counter's call reached the waiting-room displays, the table of figures, and
// the goals of issue 18 point 6 met or not.
import { benchAddress, runLoad } from './load.mjs';
import { formatBytes, formatMs, formatTable, summarise } from './stats.mjs';

/** @typedef {import('./load.mjs').LoadResult} LoadResult */

const OFFICES = ['wso', 'cup'];
/** benchAddress range of the probes (the streams' ranges are the caller's, below this). */
const PROBE_ADDRESSES = 100_000;

/**
 * `n` streams, alternately a display (of each office in turn) and a live ticket while both last,
 * each from its own address (`benchAddress(base + i)`).
 * @param {number} n @param {number} displayCount @param {string[]} tokens @param {number} base
 */
export function streamTargets(n, displayCount, tokens, base) {
  let d = 0;
  let t = 0;
  return Array.from({ length: n }, (_, i) => {
    const address = benchAddress(base + i);
    if (d < displayCount && (i % 2 === 0 || t >= tokens.length))
      return { path: `/display/${OFFICES[d++ % OFFICES.length]}/events`, address, group: 'display' };
    return { path: `/bilet/${tokens[t++]}/events`, address, group: 'ticket' };
  });
}

/**
 * `/` and `/api/health` side by side, two clients each, for `durationMs` (a request times out at
 * 15 s, runLoad's default).
 * @param {string} origin
 * @param {number} durationMs
 */
export async function probePages(origin, durationMs) {
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
}

/**
 * Remembers when each display stream first showed each ticket (as the current call or one of the
 * recent ones: a reload that comes late may skip straight past a call, which is then only in the
 * list), so a call's way from the counter to every screen of its office can be timed.
 */
export function createCallTracker() {
  /** @type {Map<number, Map<string, number>>} */
  const seen = new Map();
  return {
    /**
     * For openStreams' onEvent.
     * @param {{ index: number; target: { group: string } }} stream
     * @param {string} event
     * @param {string} data
     */
    onEvent(stream, event, data) {
      if (stream.target.group !== 'display' || event !== 'state') return;
      /** @type {{ current: { ticketId: string } | null; recent: { ticketId: string }[] }} */
      const state = JSON.parse(data);
      let shown = seen.get(stream.index);
      if (!shown) seen.set(stream.index, (shown = new Map()));
      const now = Date.now();
      for (const c of [state.current, ...(state.recent ?? [])])
        if (c && !shown.has(c.ticketId)) shown.set(c.ticketId, now);
    },
    /**
     * Press-to-screen times over every (call, open display stream of its office) pair.
     * @param {{ ticketId: string; office: string; pressedAt: number }[]} calls
     * @param {{ index: number; state: string; target: { group: string; path: string } }[]} streams
     */
    delivery(calls, streams) {
      const lags = [];
      let missed = 0;
      for (const s of streams) {
        if (s.target.group !== 'display' || s.state !== 'open') continue;
        const shown = seen.get(s.index);
        for (const c of calls) {
          if (!s.target.path.startsWith(`/display/${c.office}/`)) continue;
          const at = shown?.get(c.ticketId);
          if (at === undefined) missed++;
          else lags.push(Math.max(0, at - c.pressedAt));
        }
      }
      return { ...summarise(lags), missed };
    },
  };
}

/** @typedef {{ latency: { p50: number; p95: number }; failed: number; requests: number }} Probe */

/**
 * The goals of issue 18 point 6.
 * @param {{ idleHealth: Probe; loadedHealth: Probe; failed: number; stalledGrowth: number }} r
 */
export function checkGoals({ idleHealth, loadedHealth, failed, stalledGrowth }) {
  const healthLimit = Math.max(5 * idleHealth.latency.p95, 250);
  return [
    {
      goal: `/api/health p95 under the streams ≤ max(5 × idle p95, 250 ms) = ${formatMs(healthLimit)}`,
      value: formatMs(loadedHealth.latency.p95),
      ok: loadedHealth.latency.p95 <= healthLimit,
    },
    { goal: 'nothing failed', value: String(failed), ok: failed === 0 },
    {
      goal: 'memory growth from the stalled streams < 50 MB',
      value: formatBytes(stalledGrowth),
      ok: stalledGrowth < 50 * 1024 * 1024,
    },
  ];
}

const pair = (/** @type {Probe} */ p) =>
  `${formatMs(p.latency.p50)} / ${formatMs(p.latency.p95)}${p.failed ? ` (${p.failed} of ${p.requests} failed)` : ''}`;

/**
 * The table: one figure a row.
 * @param {any} r  bench-live.mjs's result object
 */
export function formatLiveTable(r) {
  const s = r.streams;
  const rows = [
    ['streams open / refused / failed', `${s.open} / ${s.refused} / ${s.failed}`],
    ['  reopened after a normal end', s.reopened],
    ['  all answered, first state in', `${formatMs(s.openMs)}${s.complete ? '' : ' (not all, time limit)'}`],
    ['/ p50 / p95, idle', pair(r.probes.idle.home)],
    ['/ p50 / p95, under the streams', pair(r.probes.loaded.home)],
    ['/api/health p50 / p95, idle', pair(r.probes.idle.health)],
    ['/api/health p50 / p95, under the streams', pair(r.probes.loaded.health)],
    ['/api/health p50 / p95, stalled streams open', pair(r.probes.afterStalled.health)],
    [
      'call → display p50 / p95 (missed)',
      `${formatMs(r.calls.p50)} / ${formatMs(r.calls.p95)} (${r.calls.missed} of ${r.calls.count + r.calls.missed})` +
        (r.settled.afterEvents ? '' : ' (still working 30 s after)'),
    ],
    ['queue events fired / failed', `${r.events.fired} / ${r.events.failed}`],
    [`server ${r.statements.unit} per queue event`, r.statements.perEvent.toFixed(1)],
    [`server ${r.statements.unit} per stream opened`, r.statements.perStreamOpened.toFixed(1)],
    ['server RSS idle', formatBytes(r.memory.idle)],
    ['server RSS, streams open', formatBytes(r.memory.streams)],
    ['server RSS, peak during the events', formatBytes(r.memory.eventsPeak)],
    [
      'stalled streams open / refused / failed',
      `${r.stalled.open} / ${r.stalled.refused} / ${r.stalled.failed}`,
    ],
    [
      `server RSS, stalled: before → after ${r.stalled.events} events`,
      `${formatBytes(r.memory.stalledBefore)} → ${formatBytes(r.memory.stalledAfter)}`,
    ],
    [
      `server RSS, as many reading streams: before → after`,
      `${formatBytes(r.memory.controlBefore)} → ${formatBytes(r.memory.controlAfter)}`,
    ],
    [
      '  growth from the stalled streams (beyond reading ones)',
      formatBytes(r.memory.stalledGrowth) +
        (r.settled.afterStalledEvents ? '' : ' (still working 30 s after)'),
    ],
    ['bench client event-loop delay p99', formatMs(r.clientLoopDelayP99)],
  ];
  return formatTable(['figure', 'value'], rows, ['left', 'left']);
}
