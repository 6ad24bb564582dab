// A catalogue edit reaches every app instance: each instance LISTENs on its own connection (here
// two listeners stand for two instances), the edit's transaction NOTIFYs on commit, and a cache
// built with createCatalogueCache recomputes after it.
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type Tx, prisma } from '@/lib/server/core/db';
import { createTestAdmin } from '@/lib/testing/catalogue';
import { createTestCategory } from '@/lib/testing/fixtures';
import { createCatalogueCache, isCatalogueCacheListening, stopCatalogueListener } from './catalogue-cache';
import { changeCatalogue } from './change-catalogue';
import { CACHE_CHANNEL, type ChangeListener, listenForChanges } from './listen-for-changes';
import { updateOffice } from './update-office';

const url = process.env.DATABASE_URL!;
const started: ChangeListener[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((l) => l.stop()));
});
afterAll(async () => {
  await stopCatalogueListener();
  await prisma.$disconnect();
});

async function until(check: () => boolean, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** An "instance": a listener counting the notifications it received (its first connect counts one). */
async function instance(retryMs = 50) {
  const seen = { count: 0 };
  const listener = listenForChanges({ connectionString: url, onChange: () => seen.count++, retryMs });
  started.push(listener);
  await until(() => listener.live, 'the listener to connect');
  return { listener, seen };
}

const officeForm = (officeId: string, name: string) => ({
  officeId,
  name,
  shortName: 'T',
  address: 'ul. Testowa 1',
  postalCode: '45-000',
  bookingPhone: '77 54 11 361',
});

describe('catalogue caches across instances', () => {
  // Other test files edit the catalogue at the same time on the same database, so every listener
  // may hear more than this file's edits: counts are compared as "at least", and the rolled-back
  // edit is told apart by the server process that would have sent it.
  it('tells every listening instance when an edit commits', async () => {
    const [a, b] = [await instance(), await instance()];
    const before = [a.seen.count, b.seen.count] as const;
    const { office } = await createTestCategory();
    await updateOffice(await createTestAdmin(), officeForm(office.id, 'Biuro po zmianie'));
    await until(
      () => a.seen.count > before[0] && b.seen.count > before[1],
      'both instances to hear of the edit',
    );
  });

  it('sends nothing for an edit that rolls back', async () => {
    const { office } = await createTestCategory();
    const heardFrom: number[] = []; // the PostgreSQL server process that sent each notification
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on('notification', (n) => {
      if (n.channel === CACHE_CHANNEL) heardFrom.push(n.processId);
    });
    await client.query(`LISTEN ${CACHE_CHANNEL}`);
    const backend = async (tx: Tx) =>
      (await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
    try {
      let rolledBack = 0;
      await expect(
        changeCatalogue(async (tx) => {
          rolledBack = await backend(tx);
          await tx.office.update({ where: { id: office.id }, data: { name: 'Nigdy zapisane' } });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      // A later committed edit arrives: the rolled-back one, sent before it, would have arrived first.
      let committed = 0;
      await changeCatalogue(async (tx) => {
        committed = await backend(tx);
        await tx.office.update({ where: { id: office.id }, data: { name: 'Biuro po drugiej zmianie' } });
      });
      await until(() => heardFrom.includes(committed), 'the committed edit');
      // Only this process's connections have these server processes; the pool may reuse one.
      expect(heardFrom.filter((pid) => pid === rolledBack)).toHaveLength(rolledBack === committed ? 1 : 0);
    } finally {
      await client.end();
    }
  });

  it('reconnects after losing its connection and then drops everything it held', async () => {
    const a = await instance();
    const pids = await prisma.$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity WHERE query = 'LISTEN termin_cache' AND pid <> pg_backend_pid()`;
    expect(pids.length).toBeGreaterThan(0);
    for (const { pid } of pids) await prisma.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await until(() => !a.listener.live, 'the loss to be noticed');
    await until(() => a.listener.live && a.seen.count >= 2, 'the listener to reconnect');
  });

  it('serves a remembered answer until an edit on any instance, then computes it afresh', async () => {
    const { office } = await createTestCategory();
    let computed = 0;
    const cache = createCatalogueCache<string>({ ttlMs: 60_000, max: 10 });
    const read = () =>
      cache(office.id, async () => {
        computed++;
        return (await prisma.office.findUniqueOrThrow({ where: { id: office.id } })).name;
      });
    await read(); // starts this process's listener
    await until(isCatalogueCacheListening, "this process's listener");
    const n = computed;
    expect(await read()).toBe(office.name);
    expect(await read()).toBe(office.name);
    expect(computed).toBe(n + 1);

    // The edit is made by "another instance": only the NOTIFY tells this one.
    await prisma.$transaction(async (tx) => {
      await tx.office.update({ where: { id: office.id }, data: { name: 'Nowa nazwa' } });
      await tx.$executeRaw`SELECT pg_notify('termin_cache', 'catalogue')`;
    });
    const end = Date.now() + 10_000;
    while ((await read()) !== 'Nowa nazwa') {
      expect(Date.now()).toBeLessThan(end);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(computed).toBe(n + 2);
  });
});
