// The benchmark's stream clients count as issue 18 asks: a 429 is refused, not failed; a stream
// the server ends normally is opened again, as EventSource does; anything else is a failure.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStalledStreams, openStreams } from './sse.mjs';

let server: http.Server;
let origin = '';
const opened: Record<string, number> = {};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '';
    opened[path] = (opened[path] ?? 0) + 1;
    if (path === '/full') {
      res.writeHead(429, { 'Retry-After': '30' }).end();
      return;
    }
    if (path === '/broken') {
      res.writeHead(500).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    res.write(`retry: 50\n\n: ping\n\nevent: state\ndata: {"n":${opened[path]}}\n\n`);
    // A maximum lifetime: the first connection of /short ends normally after its first event.
    if (path === '/short' && opened[path] === 1) res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('benchmark streams', () => {
  it('counts open, refused, failed and reopened streams, and reads every event', async () => {
    const events: string[] = [];
    const pool = openStreams({
      origins: [origin],
      targets: ['/long', '/short', '/full', '/broken'].map((path, i) => ({
        path,
        address: `198.18.0.${i}`,
        group: path === '/full' ? 'refused' : 'other',
      })),
      onEvent: (s, event, data) => events.push(`${s.target.path} ${event} ${data}`),
    });
    expect((await pool.settled(5_000)).complete).toBe(true);
    // /short was opened again after its normal end (retry: 50 ms) and is open.
    const deadline = Date.now() + 5_000;
    while (pool.counts().total.open < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const { total, byGroup } = pool.counts();
    pool.close();
    expect(total).toMatchObject({ open: 2, refused: 1, failed: 1, reopened: 1, failures: { 'HTTP 500': 1 } });
    expect(byGroup.refused).toMatchObject({ refused: 1, failed: 0 });
    expect(events).toEqual(
      expect.arrayContaining(['/long state {"n":1}', '/short state {"n":1}', '/short state {"n":2}']),
    );
    expect(events).toHaveLength(3);
  });

  it('opens stalled streams that read only the status line', async () => {
    const stalled = await openStalledStreams({
      origin,
      targets: ['/long', '/full', '/broken'].map((path, i) => ({
        path,
        address: `198.18.1.${i}`,
        group: 'x',
      })),
    });
    stalled.close();
    expect(stalled.counts).toEqual({ open: 1, refused: 1, failed: 1 });
  });
});
