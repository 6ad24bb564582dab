import { describe, expect, it } from 'vitest';
import { createResidents } from './rush.mjs';
import { formatRushTable, rushChecks, rushJson } from './rush-report.mjs';

const latency = (p50: number, p95 = p50, p99 = p95) => ({ count: 1, p50, p95, p99, max: p99 });
const load = (rps: number, p95: number, statuses: Record<string, number> = { 200: 10 }) => ({
  requests: 10,
  ok: 10,
  failed: 0,
  statuses,
  rps,
  elapsedMs: 1000,
  latency: latency(p95 / 2, p95),
});
const phase = (postsPerSec: number, over = 0) => ({
  date: '2026-12-14',
  times: 4,
  seats: 8,
  residents: 20,
  prep: { accept: latency(5), review: latency(6), failed: {}, samples: {} },
  race: {
    posts: 20,
    held: 8,
    refused: { taken: 12 },
    failed: {},
    samples: {},
    elapsedMs: 1000,
    postsPerSec,
    holdsPerSec: 8,
    refusalsPerSec: 12,
    latency: latency(100, 200, 300),
  },
  pages: { pages: 20, pagesPerSec: 40, failed: {}, samples: {}, latency: latency(30, 40, 45) },
  confirm: { confirmed: 8, failed: {}, samples: {}, latency: latency(50, 60, 70) },
  counts: { requests: 60, http5xx: 0, errors: 0 },
  db: { seats: 8, held: 0, confirmed: 8, overCapacity: over },
  empty: load(400, 30),
});
const result = (over = 0) => ({
  options: { concurrency: 5 },
  machine: { cores: 2 },
  clientLoopDelayP99Ms: 12,
  phases: { js: phase(20), noJs: phase(10, over) },
  references: { ping: load(1000, 9), home: load(100, 80), calendar: load(80, 90), day: load(70, 95) },
  cpuPerRequest: { 'hold (js)': 10, 'page (js)': 8, 'hold (no-js)': 9, 'page (no-js)': 12, ping: 2 },
  pgbench: { tps: 5000, command: 'pgbench -b simple-update -M prepared -c 5' },
});

describe('bench:rush report', () => {
  it('gives the JSON figures the issue names, the no-JS phase under noJs', () => {
    const json = rushJson(result() as never);
    expect(json).toMatchObject({
      postsPerSec: 20,
      holdsPerSec: 8,
      pingPerSec: 1000,
      pingP95Ms: 9,
      emptyActionPerSec: 400,
      pgbenchTps: 5000,
      holdToPing: 0.02,
      holdP50Ms: 100,
      holdP95Ms: 200,
      holdP99Ms: 300,
      calendarPerSec: 80,
      overCapacity: 0,
      http5xx: 0,
      noJs: { postsPerSec: 10, holdToPing: 0.01, pingPerSec: 1000, residentCpuMs: 21 },
      // The page each answer named is counted with the post that led to it.
      pagesPerSec: 40,
      pageP95Ms: 40,
      pageP99Ms: 45,
      holdCpuMs: 10,
      pageCpuMs: 8,
      residentCpuMs: 18,
      residentCpuToPingCpu: 9,
    });
  });

  it('counts a failure in opening the pages the answers named', () => {
    const r = result();
    r.phases.js.pages.failed = { 'sent (taken) to a page that does not say why': 1 };
    expect(rushJson(r as never).failed).toBe(1);
    expect(
      rushChecks(r as never)
        .filter((c) => !c.ok)
        .map((c) => c.goal),
    ).toEqual(['JavaScript: nothing failed']);
  });

  it('counts a 5xx of a reference and fails on a time over capacity', () => {
    const r = result(1);
    r.references.home = load(100, 80, { 200: 9, 502: 1 });
    expect(rushJson(r as never).http5xx).toBe(1);
    const failed = rushChecks(r as never).filter((c) => !c.ok);
    expect(failed.map((c) => c.goal)).toEqual(['no JavaScript: times over capacity (database) = 0']);
  });

  it('passes every check when every seat is held once and confirmed', () => {
    expect(rushChecks(result() as never).every((c) => c.ok)).toBe(true);
  });

  it('prints one table, the phases side by side, pgbench left out with a dash', () => {
    const r = result();
    const table = formatRushTable(r as never);
    expect(table.split('\n')[0]).toMatch(/^figure\s+JavaScript\s+no JavaScript$/);
    expect(table).toMatch(/hold posts \/s \("Zarezerwuj"\)\s+20\s+10$/m);
    expect(table).toMatch(/refusals by kind\s+taken 12\s+taken 12/);
    expect(table).toMatch(/hold posts ÷ \/api\/health\/live\s+0\.020\s+0\.010/);
    expect(table).toMatch(
      /the pages the answers named \/s · p50 \/ p95 \/ p99\s+40 · 30 ms \/ 40 ms \/ 45 ms/,
    );
    expect(table).toMatch(/server CPU per resident \(post \+ page\) ÷ per ping\s+9\.000\s+10\.500/);
    const without = formatRushTable({ ...r, pgbench: { tps: null, reason: 'pgbench not found' } } as never);
    expect(without).toMatch(/^pgbench\s+–$/m);
    expect(without).toMatch(/hold posts ÷ pgbench tps\s+–\s+–/);
  });
});

describe('bench:rush residents', () => {
  it('gives each its own address and e-mail, times round robin, in a fixed shuffled order', () => {
    const times = ['a', 'b', 'c'];
    const residents = createResidents({ count: 7, times, firstAddress: 10, tag: 't' });
    expect(new Set(residents.map((r) => r.address)).size).toBe(7);
    expect(residents.map((r) => r.i).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const r of residents) {
      expect(r.time).toBe(times[r.i % 3]);
      expect(r.email).toBe(`rush-t-${r.i}@example.com`);
    }
    expect(residents.map((r) => r.i)).not.toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(createResidents({ count: 7, times, firstAddress: 10, tag: 't' })).toEqual(residents);
  });
});
