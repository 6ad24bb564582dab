// A catalogue edit reaches every app instance: each instance LISTENs on its own connection (here
// two listeners stand for two instances), the edit's transaction NOTIFYs on commit, and a cache
// built with createCatalogueCache recomputes after it.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type Tx, prisma } from '@/lib/server/core/db';
import { type CacheNotices, recordCacheNotices, whileQuiet } from '@/lib/testing/cache-notices';
import { createTestCategory } from '@/lib/testing/fixtures';
import { createCatalogueCache, isCatalogueCacheListening, stopCatalogueListener } from './catalogue-cache';
import { changeCatalogue } from './change-catalogue';
import { type ChangeListener, listenForChanges } from './listen-for-changes';

const url = process.env.DATABASE_URL!;
const started: ChangeListener[] = [];
const recorders: CacheNotices[] = [];
afterEach(async () => {
  await Promise.all([...started.splice(0).map((l) => l.stop()), ...recorders.splice(0).map((r) => r.stop())]);
});
afterAll(async () => {
  await stopCatalogueListener();
  await prisma.$disconnect();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

// Other test files edit the catalogue at the same time on the same database, so every listener may
// hear more than this file's edits: an edit is recognised by the server process that sent it (the
// connection of its transaction, which only this process uses), and listeners by their name.

/**
 * An "instance": a listener noting the server process of each notification it received (0 for its
 * own first connect), under a name of its own.
 */
async function instance(retryMs = 50) {
  const seen: number[] = [];
  const name = `cache-test-${randomUUID()}`;
  const listener = listenForChanges({
    connectionString: `${url}${url.includes('?') ? '&' : '?'}application_name=${name}`,
    onChange: (sender) => seen.push(sender ?? 0),
    retryMs,
  });
  started.push(listener);
  await until(() => listener.live, 'the listener to connect');
  return { listener, seen, name };
}

/** The server process of the transaction's connection. */
const backendOf = async (tx: Tx) =>
  (await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;

describe('catalogue caches across instances', () => {
  it('tells every listening instance when an edit commits', async () => {
    const [a, b] = [await instance(), await instance()];
    const { office } = await createTestCategory();
    let sender = 0;
    await changeCatalogue(async (tx) => {
      sender = await backendOf(tx);
      await tx.office.update({ where: { id: office.id }, data: { name: 'Biuro po zmianie' } });
    });
    await until(
      () => a.seen.includes(sender) && b.seen.includes(sender),
      'both instances to hear of the edit',
    );
  });

  it('sends nothing for an edit that rolls back', async () => {
    const { office } = await createTestCategory();
    const notices = await recordCacheNotices();
    recorders.push(notices);
    const { heard } = notices;
    let rolledBack = 0;
    await expect(
      changeCatalogue(async (tx) => {
        rolledBack = await backendOf(tx);
        await tx.office.update({ where: { id: office.id }, data: { name: 'Nigdy zapisane' } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // A later committed edit arrives: the rolled-back one, sent before it, would have arrived first.
    let committed = 0;
    await changeCatalogue(async (tx) => {
      committed = await backendOf(tx);
      await tx.office.update({ where: { id: office.id }, data: { name: 'Biuro po drugiej zmianie' } });
    });
    await until(() => heard.includes(committed), 'the committed edit');
    // The pool may have run both on one connection.
    expect(heard.filter((pid) => pid === rolledBack)).toHaveLength(rolledBack === committed ? 1 : 0);
  });

  it('reconnects after losing its connection and then drops everything it held', async () => {
    const a = await instance();
    // Only this listener's connection: other files' listeners on the database keep theirs.
    const pids = await prisma.$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity WHERE application_name = ${a.name}`;
    expect(pids).toHaveLength(1);
    await prisma.$queryRaw`SELECT pg_terminate_backend(${pids[0]!.pid}::int)`;
    await until(() => !a.listener.live, 'the loss to be noticed');
    await until(
      () => a.listener.live && a.seen.filter((s) => s === 0).length >= 2,
      'the listener to reconnect',
    );
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
    // Two reads compute at most once (the listener's first connect emptied the cache). Another
    // file's edit may empty it at any moment: a window in which nothing was heard tells.
    const notices = await recordCacheNotices();
    recorders.push(notices);
    const computedByTwoReads = await whileQuiet(notices, async () => {
      const n = computed;
      expect(await read()).toBe(office.name);
      expect(await read()).toBe(office.name);
      return computed - n;
    });
    expect(computedByTwoReads).toBeLessThanOrEqual(1);

    // The edit is made by "another instance": only the NOTIFY tells this one.
    await prisma.$transaction(async (tx) => {
      await tx.office.update({ where: { id: office.id }, data: { name: 'Nowa nazwa' } });
      await tx.$executeRaw`SELECT pg_notify('termin_cache', 'catalogue')`;
    });
    const end = Date.now() + 10_000;
    while ((await read()) !== 'Nowa nazwa') {
      expect(Date.now()).toBeLessThan(end);
      await sleep(20);
    }
  });
});
