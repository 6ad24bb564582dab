// A LISTEN connection that dies without a word (a half-open TCP connection: a firewall drops the
// flow, nothing says so) is noticed by the liveness query and reopened, for the queue's channel
// and the catalogue's alike. A TCP proxy in the test stands between them and the database and
// stops forwarding on command: no kernel timeout is waited for.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { listenForChanges } from '@/lib/server/catalogue/listen-for-changes';
import { prisma } from './db';
import { createQueueListener, publishQueueEvent, type QueueEvent } from '@/lib/server/live/queue-events';

/** Forwards to the database; `blackhole()` silently drops everything on the connections open now. */
async function blackholeProxy(target: URL) {
  const open = new Set<{ client: net.Socket; server: net.Socket; dead: boolean }>();
  const proxy = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname);
    const pair = { client, server, dead: false };
    open.add(pair);
    client.on('data', (d) => pair.dead || server.write(d));
    server.on('data', (d) => pair.dead || client.write(d));
    const drop = () => {
      open.delete(pair);
      client.destroy();
      server.destroy();
    };
    client.on('error', drop).on('close', drop);
    server.on('error', drop).on('close', drop);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((proxy.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    blackhole: () => {
      for (const p of open) p.dead = true;
    },
    close: async () => {
      for (const p of open) {
        p.client.destroy();
        p.server.destroy();
      }
      await new Promise((r) => proxy.close(r));
    },
  };
}

async function until(check: () => boolean, what: string, ms = 15_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const liveness = { retryMs: 50, livenessMs: 200, livenessTimeoutMs: 300 };
const proxies: Awaited<ReturnType<typeof blackholeProxy>>[] = [];
afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  await prisma.$disconnect();
});

describe('LISTEN over a connection that silently died', () => {
  it('reopens the queue listener, tells subscribers to resync, and hears the next call', async () => {
    const proxy = await blackholeProxy(new URL(process.env.DATABASE_URL!));
    proxies.push(proxy);
    const listener = createQueueListener(proxy.url, liveness);
    const office = crypto.randomUUID();
    const heard: QueueEvent[] = [];
    const off = listener.subscribe(office, (e) => heard.push(e));
    try {
      await listener.ready();
      proxy.blackhole();
      await until(() => heard.some((e) => e.type === 'resync'), 'the resync after the reconnect');
      await listener.ready();
      await publishQueueEvent(prisma, {
        type: 'ticket',
        officeId: office,
        ticketId: crypto.randomUUID(),
        status: 'CALLED',
        number: 'B001',
        counter: 2,
      });
      await until(() => heard.some((e) => e.type === 'ticket'), 'the call after the reconnect');
      expect(heard.find((e) => e.type === 'ticket')).toMatchObject({ number: 'B001' });
    } finally {
      off();
      await listener.close();
    }
  });

  it('reopens the catalogue listener, which then drops what it remembered', async () => {
    const proxy = await blackholeProxy(new URL(process.env.DATABASE_URL!));
    proxies.push(proxy);
    const seen = { count: 0 };
    const listener = listenForChanges({
      connectionString: proxy.url,
      onChange: () => seen.count++,
      ...liveness,
    });
    try {
      await until(() => listener.live && seen.count === 1, 'the first LISTEN');
      proxy.blackhole();
      await until(() => !listener.live, 'the dead connection to be noticed');
      await until(() => listener.live && seen.count === 2, 'the reconnect');
      await prisma.$executeRaw`SELECT pg_notify('termin_cache', 'test')`;
      await until(() => seen.count === 3, 'the notification after the reconnect');
    } finally {
      await listener.stop();
    }
  });
});
