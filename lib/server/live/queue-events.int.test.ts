// A call made on one app instance reaches a display connected to another: each instance has its
// own LISTEN connection, and a NOTIFY sent inside a transaction arrives only when it commits.
import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { type QueueEvent, createQueueListener, publishQueueEvent } from './queue-events';

const a = createQueueListener();
const b = createQueueListener();
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

function next(listener: ReturnType<typeof createQueueListener>, officeId: string): Promise<QueueEvent> {
  return new Promise((resolve) => {
    const off = listener.subscribe(officeId, (e) => {
      off();
      resolve(e);
    });
  });
}

const event = (officeId: string, number: string) =>
  ({
    type: 'ticket',
    officeId,
    ticketId: crypto.randomUUID(),
    status: 'CALLED',
    number,
    counter: 3,
  }) as const;

describe('queue events (LISTEN/NOTIFY)', () => {
  it('reach every listener of the office, on another connection, only after commit', async () => {
    const office = crypto.randomUUID();
    const heardByA = next(a, office);
    const heardByB = next(b, office);
    await Promise.all([a.ready(), b.ready()]);
    let heardEarly = false;
    void heardByB.then(() => (heardEarly = true));
    await prisma.$transaction(async (tx) => {
      await publishQueueEvent(tx, event(office, 'P001'));
      // Not delivered while the transaction is open.
      await new Promise((r) => setTimeout(r, 150));
      expect(heardEarly).toBe(false);
    });
    const [ea, eb] = await Promise.all([heardByA, heardByB]);
    expect(ea).toMatchObject({ type: 'ticket', officeId: office, number: 'P001', counter: 3 });
    expect(eb).toEqual(ea);
  });

  it('never reach another office, nor survive a rollback', async () => {
    const office = crypto.randomUUID();
    const other = crypto.randomUUID();
    const heard: QueueEvent[] = [];
    const off = b.subscribe(office, (e) => heard.push(e));
    await b.ready();
    await prisma
      .$transaction(async (tx) => {
        await publishQueueEvent(tx, event(office, 'P002'));
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await publishQueueEvent(prisma, event(other, 'K001'));
    const marker = next(b, office);
    await publishQueueEvent(prisma, event(office, 'P003'));
    await marker;
    off();
    expect(heard.map((e) => (e.type === 'ticket' ? e.number : e.type))).toEqual(['P003']);
  });

  it('reconnect after the connection is lost and tell subscribers to resync', async () => {
    const office = crypto.randomUUID();
    const listener = createQueueListener();
    try {
      const events: QueueEvent[] = [];
      listener.subscribe(office, (e) => events.push(e));
      await listener.ready();
      const pid = await listener.backendPid();
      const [row] = await prisma.$queryRaw<{ ok: boolean }[]>`SELECT pg_terminate_backend(${pid}::int) AS ok`;
      expect(row!.ok).toBe(true);
      const deadline = Date.now() + 15_000;
      while (!events.some((e) => e.type === 'resync') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(events).toContainEqual({ type: 'resync', officeId: office });
      const heard = next(listener, office);
      await publishQueueEvent(prisma, event(office, 'P004'));
      expect(await heard).toMatchObject({ number: 'P004' });
    } finally {
      await listener.close();
    }
  });
});
