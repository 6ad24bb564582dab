// HTTP load at a fixed concurrency: C clients, each sending its next request as soon as the last
// one was answered (body read to the end), for a duration or a number of requests. Each request
// names its client in X-Forwarded-For, which the servers trust for one proxy hop (stack.mjs), so
// per-address limits see as many residents as the benchmark wants.
import http from 'node:http';
import { summarise } from './stats.mjs';

/** Addresses in 198.18.0.0/15, the range RFC 2544 sets aside for benchmarks: never a real client. */
export const ADDRESS_SPACE = 131_072;

/**
 * The i-th made-up client address (0 ≤ i < ADDRESS_SPACE); give each group of clients its own
 * range of i (streams, stalled readers, probes) so no two groups share an address.
 * @param {number} i
 */
export function benchAddress(i) {
  if (!Number.isInteger(i) || i < 0 || i >= ADDRESS_SPACE) throw new RangeError(`address ${i}`);
  return `198.${18 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;
}

/**
 * @typedef {{ path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }} RequestSpec
 * @typedef {{
 *   requests: number;
 *   ok: number;
 *   failed: number;
 *   statuses: Record<string, number>;
 *   rps: number;
 *   elapsedMs: number;
 *   latency: ReturnType<typeof summarise>;
 * }} LoadResult
 */

/**
 * @param {{
 *   origins: string[];
 *   request: (i: number) => RequestSpec;
 *   concurrency: number;
 *   durationMs?: number;
 *   requests?: number;
 *   timeoutMs?: number;
 *   address?: (i: number) => string;
 *   isOk?: (status: number) => boolean;
 * }} opts  Requests go to the origins in turn. At least one of durationMs and requests bounds
 *   the run; a request unanswered after timeoutMs fails with its time so far counted as latency.
 * @returns {Promise<LoadResult>}
 */
export async function runLoad({
  origins,
  request,
  concurrency,
  durationMs = Infinity,
  requests = Infinity,
  timeoutMs = 15_000,
  address = benchAddress,
  isOk = (status) => status < 400,
}) {
  if (!Number.isFinite(durationMs) && !Number.isFinite(requests)) throw new Error('runLoad: no bound');
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  /** @type {number[]} */
  const latencies = [];
  /** @type {Record<string, number>} */
  const statuses = {};
  let next = 0;
  let ok = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const client = async () => {
    while (next < requests && performance.now() < deadline) {
      const i = next++;
      const spec = request(i);
      const t0 = performance.now();
      const status = await send(
        agent,
        `${origins[i % origins.length]}${spec.path}`,
        spec,
        address(i),
        timeoutMs,
      );
      latencies.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (typeof status === 'number' && isOk(status)) ok++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  agent.destroy();
  const elapsedMs = performance.now() - started;
  return {
    requests: latencies.length,
    ok,
    failed: latencies.length - ok,
    statuses,
    rps: latencies.length / (elapsedMs / 1000),
    elapsedMs,
    latency: summarise(latencies),
  };
}

/**
 * One request; resolves with the status, or with the error's code ('timeout', 'ECONNRESET', …).
 * @param {http.Agent} agent
 * @param {string} url
 * @param {RequestSpec} spec
 * @param {string} forwardedFor
 * @param {number} timeoutMs
 * @returns {Promise<number | string>}
 */
function send(agent, url, spec, forwardedFor, timeoutMs) {
  return new Promise((resolve) => {
    const req = http.request(url, {
      agent,
      method: spec.method ?? 'GET',
      headers: { 'X-Forwarded-For': forwardedFor, ...spec.headers },
    });
    const timer = setTimeout(
      () => req.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })),
      timeoutMs,
    );
    const done = (/** @type {number | string} */ v) => {
      clearTimeout(timer);
      resolve(v);
    };
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => done(/** @type {number} */ (res.statusCode)));
      res.on('error', (e) => done(/** @type {NodeJS.ErrnoException} */ (e).code ?? 'error'));
    });
    req.on('error', (e) => done(/** @type {NodeJS.ErrnoException} */ (e).code ?? 'error'));
    req.end(spec.body);
  });
}
