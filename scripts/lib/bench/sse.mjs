// Server-sent event streams as browsers hold them, and as a client that stops reading does.
//
// A reading stream behaves as EventSource: it reads every event, and when the server ends the
// stream normally (a maximum lifetime) it opens it again after the `retry:` the server asked
// for. 429 is "refused" (a cap said no; EventSource would give up, Termin's page retries much
// later), any other answer, a reset or no answer in time is "failed". A stalled stream sends its
// request, reads the status line, and then never reads again.
import http from 'node:http';
import net from 'node:net';

/**
 * @typedef {{ path: string; address: string; group: string }} StreamTarget  `group` is the
 *   caller's label (e.g. "display" or "ticket") that the counts are kept by.
 * @typedef {{
 *   index: number;
 *   target: StreamTarget;
 *   state: 'waiting' | 'connecting' | 'open' | 'refused' | 'failed' | 'closed';
 *   opens: number;
 *   events: number;
 *   firstEventAt: number | null;
 *   retryMs: number;
 *   req: http.ClientRequest | null;
 * }} Stream
 * @typedef {{ open: number; refused: number; failed: number; reopened: number; events: number; bytes: number; failures: Record<string, number> }} Counts
 */

/**
 * Opens one stream per target, at most `connecting` at a time waiting for their answer.
 * @param {{
 *   origins: string[];
 *   targets: StreamTarget[];
 *   connecting?: number;
 *   answerTimeoutMs?: number;
 *   onEvent?: (stream: Stream, event: string, data: string) => void;
 * }} opts
 */
export function openStreams({ origins, targets, connecting = 100, answerTimeoutMs = 30_000, onEvent }) {
  /** @type {Stream[]} */
  const streams = targets.map((target, index) => ({
    index,
    target,
    state: 'waiting',
    opens: 0,
    events: 0,
    firstEventAt: null,
    retryMs: 3_000,
    req: null,
  }));
  /** @type {Record<string, Counts>} */
  const counts = {};
  const countsOf = (/** @type {Stream} */ s) =>
    (counts[s.target.group] ??= {
      open: 0,
      refused: 0,
      failed: 0,
      reopened: 0,
      events: 0,
      bytes: 0,
      failures: {},
    });
  let closing = false;
  let inFlight = 0;
  /** @type {Stream[]} */
  const queue = [...streams];
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set();

  const fail = (/** @type {Stream} */ s, /** @type {string} */ reason) => {
    if (closing || s.state === 'failed' || s.state === 'closed') return;
    if (s.state === 'open') countsOf(s).open--;
    s.state = 'failed';
    countsOf(s).failed++;
    countsOf(s).failures[reason] = (countsOf(s).failures[reason] ?? 0) + 1;
  };

  const pump = () => {
    while (!closing && inFlight < connecting && queue.length) connect(/** @type {Stream} */ (queue.shift()));
  };

  const connect = (/** @type {Stream} */ s) => {
    s.state = 'connecting';
    if (s.opens++ > 0) countsOf(s).reopened++;
    inFlight++;
    let answered = false;
    const answer = () => {
      if (answered) return;
      answered = true;
      inFlight--;
      pump();
    };
    const origin = /** @type {string} */ (origins[s.index % origins.length]);
    const req = http.get(`${origin}${s.target.path}`, {
      agent: false,
      headers: {
        Accept: 'text/event-stream',
        'Cache-Control': 'no-cache',
        'X-Forwarded-For': s.target.address,
      },
    });
    s.req = req;
    const timer = setTimeout(() => {
      fail(s, 'no answer');
      req.destroy();
    }, answerTimeoutMs);
    req.on('response', (res) => {
      clearTimeout(timer);
      answer();
      if (res.statusCode === 429) {
        s.state = 'refused';
        countsOf(s).refused++;
        res.resume();
        return;
      }
      if (res.statusCode !== 200) {
        fail(s, `HTTP ${res.statusCode}`);
        res.resume();
        return;
      }
      s.state = 'open';
      countsOf(s).open++;
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (/** @type {string} */ chunk) => {
        countsOf(s).bytes += chunk.length;
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          readBlock(s, block);
        }
      });
      res.on('end', () => {
        if (closing || s.state !== 'open') return;
        // A normal end (the server's maximum lifetime): open again, as EventSource does.
        s.state = 'waiting';
        countsOf(s).open--;
        const t = setTimeout(() => {
          timers.delete(t);
          queue.push(s);
          pump();
        }, s.retryMs);
        timers.add(t);
      });
      res.on('aborted', () => fail(s, 'reset'));
      res.on('error', () => fail(s, 'reset'));
    });
    req.on('error', (/** @type {NodeJS.ErrnoException} */ e) => {
      clearTimeout(timer);
      answer();
      fail(s, e.code ?? 'error');
    });
  };

  const readBlock = (/** @type {Stream} */ s, /** @type {string} */ block) => {
    let event = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data += (data ? '\n' : '') + line.slice(5).trimStart();
      else if (line.startsWith('retry:')) s.retryMs = Number(line.slice(6)) || s.retryMs;
    }
    if (!data) return; // a comment (keep-alive) or only `retry:`
    s.events++;
    countsOf(s).events++;
    s.firstEventAt ??= Date.now();
    onEvent?.(s, event, data);
  };

  pump();
  return {
    streams,
    /** Counts by group and in total. */
    counts() {
      /** @type {Counts} */
      const total = { open: 0, refused: 0, failed: 0, reopened: 0, events: 0, bytes: 0, failures: {} };
      for (const c of Object.values(counts)) {
        for (const k of /** @type {const} */ (['open', 'refused', 'failed', 'reopened', 'events', 'bytes']))
          total[k] += c[k];
        for (const [r, n] of Object.entries(c.failures)) total.failures[r] = (total.failures[r] ?? 0) + n;
      }
      return { total, byGroup: counts };
    },
    /**
     * Until every stream has been answered and each open one has had its first event (or the
     * time is up); resolves with how long it took.
     * @param {number} timeoutMs
     */
    async settled(timeoutMs) {
      const started = Date.now();
      const pending = () =>
        streams.some(
          (s) => s.state === 'waiting' || s.state === 'connecting' || (s.state === 'open' && !s.events),
        );
      while (pending() && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 200));
      return { ms: Date.now() - started, complete: !pending() };
    },
    close() {
      closing = true;
      for (const t of timers) clearTimeout(t);
      for (const s of streams) {
        s.req?.destroy();
        s.state = 'closed';
      }
    },
  };
}

/**
 * Streams that never read: each sends its request on a raw socket, waits for the first bytes
 * (the status line), and then pauses the socket for good; whatever the server sends after that
 * waits in the kernel's buffers and then in the server.
 * @param {{ origin: string; targets: StreamTarget[]; answerTimeoutMs?: number }} opts
 */
export async function openStalledStreams({ origin, targets, answerTimeoutMs = 30_000 }) {
  const { hostname, port } = new URL(origin);
  /** @type {net.Socket[]} */
  const sockets = [];
  const counts = { open: 0, refused: 0, failed: 0 };
  const one = (/** @type {StreamTarget} */ t) =>
    new Promise((resolve) => {
      const socket = net.connect({ host: hostname, port: Number(port) });
      sockets.push(socket);
      const timer = setTimeout(() => finish('failed'), answerTimeoutMs);
      let done = false;
      const finish = (/** @type {'open' | 'refused' | 'failed'} */ outcome) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        socket.removeAllListeners('data');
        socket.pause();
        counts[outcome]++;
        resolve(undefined);
      };
      socket.on('error', () => finish('failed'));
      socket.once('data', (chunk) => {
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(chunk.toString('latin1'))?.[1]);
        finish(status === 200 ? 'open' : status === 429 ? 'refused' : 'failed');
      });
      socket.write(
        `GET ${t.path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: text/event-stream\r\n` +
          `X-Forwarded-For: ${t.address}\r\nConnection: keep-alive\r\n\r\n`,
      );
    });
  for (let i = 0; i < targets.length; i += 50) await Promise.all(targets.slice(i, i + 50).map(one));
  return {
    counts,
    close() {
      for (const s of sockets) s.destroy();
    },
  };
}
