// Figures as the benchmarks print them: percentiles, sizes, durations, and one aligned table.

/**
 * The p-th percentile (0–100) by the nearest-rank method: a value that was really measured,
 * never an interpolation between two. NaN for no values.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * sorted.length);
  return /** @type {number} */ (sorted[Math.max(rank, 1) - 1]);
}

/**
 * p50, p95, p99 and the maximum of a set of latencies (ms).
 * @param {number[]} values
 */
export function summarise(values) {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.length ? Math.max(...values) : NaN,
  };
}

/** @param {number} ms */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(0)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

/** @param {number} bytes */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return '–';
  const mb = bytes / 1024 / 1024;
  if (Math.abs(mb) >= 1024) return `${(mb / 1024).toFixed(2)} GB`;
  return `${mb.toFixed(Math.abs(mb) < 10 ? 1 : 0)} MB`;
}

/**
 * A table with a header row, columns padded to their widest cell. By default a cell that
 * starts with a digit, a sign or "–" is aligned right and text left; `align` sets a column's
 * alignment for all its cells.
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 * @param {('left' | 'right' | 'auto')[]} [align]
 */
export function formatTable(header, rows, align = []) {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const right = (/** @type {string} */ c, /** @type {number} */ i) =>
    align[i] === 'right' || (align[i] !== 'left' && i > 0 && /^[-+−–]?\d|^–$/.test(c));
  const line = (/** @type {string[]} */ r) =>
    r
      .map((c, i) => (right(c, i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}

/**
 * One line a goal: ✓ or ✗, what it asks, what was measured.
 * @param {{ goal: string; value: string; ok: boolean }[]} goals
 */
export function formatGoals(goals) {
  return goals.map((g) => `${g.ok ? '✓' : '✗'} ${g.goal}: ${g.value}`).join('\n');
}
