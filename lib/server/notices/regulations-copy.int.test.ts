// The current regulations are read on every step of the flow from this process's copy. A version
// published on another instance reaches this one through PostgreSQL (NOTIFY on termin_cache, sent
// when the publishing transaction commits). A database of its own: a new version here would ask
// every other file's residents to accept it again.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestAdmin } from '@/lib/testing/catalogue';

const own = vi.hoisted(() => ({ url: '', drop: async () => {} }));
vi.mock('@/lib/server/core/db', async () => {
  const { createMigratedDatabase } = await import('@/lib/testing/databases');
  const db = await createMigratedDatabase('regulations_copy');
  own.url = db.url;
  own.drop = db.drop;
  // This process's listener must hear this database (lib/server/core/pg-listen.ts).
  process.env.DATABASE_LISTEN_URL = db.url;
  return { prisma: db.prisma };
});
// The use case checks the staff member with the guard, which would load next-auth's session reader.
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));

const { prisma } = await import('@/lib/server/core/db');
const { getCurrentRegulations } = await import('./get-current-regulations');
const { publishRegulations, regulationsSchema } = await import('./publish-regulations');
const { isCatalogueCacheListening, stopCatalogueListener } =
  await import('@/lib/server/catalogue/catalogue-cache');
const { listenForChanges } = await import('@/lib/server/catalogue/listen-for-changes');

const other = new pg.Client({ connectionString: own.url });
const until = async (check: () => boolean | Promise<boolean>, what: string) => {
  const end = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

beforeAll(async () => {
  await other.connect();
  await prisma.regulationsVersion.create({ data: { version: 1, title: 'Regulamin', body: '…' } });
  await getCurrentRegulations();
  await until(isCatalogueCacheListening, "this process's listener");
});
afterAll(async () => {
  await other.end();
  await stopCatalogueListener();
  await own.drop();
  delete process.env.DATABASE_LISTEN_URL;
});

describe("this process's copy of the current regulations", () => {
  it('stays until a version published elsewhere commits, then is the new one', async () => {
    expect((await getCurrentRegulations()).version).toBe(1);
    await other.query(
      `INSERT INTO "RegulationsVersion" (id, version, title, body) VALUES ($1, 2, 'R', '…')`,
      [crypto.randomUUID()],
    );
    expect((await getCurrentRegulations()).version).toBe(1); // nobody said a word

    await other.query('BEGIN');
    await other.query(
      `INSERT INTO "RegulationsVersion" (id, version, title, body) VALUES ($1, 3, 'R', '…')`,
      [crypto.randomUUID()],
    );
    await other.query(`SELECT pg_notify('termin_cache', 'catalogue')`);
    await new Promise((r) => setTimeout(r, 100));
    expect((await getCurrentRegulations()).version).toBe(1); // not before the commit
    await other.query('COMMIT');
    await until(async () => (await getCurrentRegulations()).version === 3, 'version 3');
  });

  it('publishing a version tells every instance', async () => {
    const seen = { count: 0 };
    const elsewhere = listenForChanges({ connectionString: own.url, onChange: () => seen.count++ });
    try {
      await until(() => elsewhere.live, 'the other instance to listen');
      const before = seen.count;
      const { version } = await publishRegulations(
        await createTestAdmin(),
        regulationsSchema.parse({
          title: 'Regulamin rezerwacji',
          body: `§ 1. Wersja ${crypto.randomUUID()}: system służy wyłącznie ustalaniu terminów wizyt.`,
        }),
        new Date(),
      );
      await until(() => seen.count > before, 'the announcement');
      // This instance forgot its copy before the use case returned.
      expect((await getCurrentRegulations()).version).toBe(version);
    } finally {
      await elsewhere.stop();
    }
  });
});
