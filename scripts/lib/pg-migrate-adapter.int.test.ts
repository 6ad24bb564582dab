import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseExists, requireTestDatabaseUrl } from '@/lib/testing/databases';
import { createMigrateAdapterFactory } from './pg-migrate-adapter.mjs';

const url = requireTestDatabaseUrl();
const mainDb = decodeURIComponent(new URL(url).pathname.slice(1));
const q = (sql: string) => ({ sql, args: [], argTypes: [] });

describe('the migrate adapter factory', () => {
  const factory = createMigrateAdapterFactory(url);
  let adapter: Awaited<ReturnType<typeof factory.connect>>;
  beforeAll(async () => {
    adapter = await factory.connect();
  });
  afterAll(() => adapter.dispose());

  it('gives the shadow database its own name, and drops it after use', async () => {
    const shadow = await factory.connectToShadowDb();
    const rs = await shadow.queryRaw(q('SELECT current_database() AS db'));
    const shadowName = rs.rows[0]![0] as string;
    expect(shadowName).not.toBe(mainDb);
    expect(shadowName).toMatch(/^prisma_migrate_shadow_db_/);
    expect(await databaseExists(shadowName)).toBe(true);
    await shadow.dispose();
    expect(await databaseExists(shadowName)).toBe(false);
  });

  it('(the trap it avoids) adapter-pg from a connectionString makes the "shadow" the real database', async () => {
    const naive = new PrismaPg({ connectionString: url });
    const shadow = await naive.connectToShadowDb();
    const rs = await shadow.queryRaw(q('SELECT current_database() AS db'));
    expect(rs.rows[0]![0]).toBe(mainDb);
    // adapter-pg drops the shadow before closing its pool; that is its own clean-up to fail.
    await shadow.dispose().catch(() => {});
  });

  it('reads PostgreSQL catalog columns of type "char" as characters, the other catalog types as text', async () => {
    const rs = await adapter.queryRaw(
      q(`SELECT relkind, relname, 'pg_class'::regclass AS cls FROM pg_class WHERE relname = 'pg_class'`),
    );
    expect(rs.rows).toEqual([['r', 'pg_class', 'pg_class']]);
    expect(rs.columnTypes).toEqual([ColumnTypeEnum.Character, ColumnTypeEnum.Text, ColumnTypeEnum.Text]);
  });

  it('so the engine can describe a CHECK constraint (its type is a "char")', async () => {
    await adapter.executeScript(`CREATE TABLE checked_t (n int CONSTRAINT checked_t_n CHECK (n > 0))`);
    const rs = await adapter.queryRaw(
      q(`SELECT conname, contype FROM pg_constraint WHERE conrelid = 'checked_t'::regclass`),
    );
    expect(rs.rows).toEqual([['checked_t_n', 'c']]);
    expect(rs.columnTypes[1]).toBe(ColumnTypeEnum.Character);
    await adapter.executeScript('DROP TABLE checked_t');
  });

  it('(the trap it avoids) plain adapter-pg refuses the "char" type', async () => {
    const plain = await new PrismaPg({ connectionString: url }).connect();
    try {
      await expect(plain.queryRaw(q(`SELECT relkind FROM pg_class LIMIT 1`))).rejects.toThrow();
    } finally {
      await plain.dispose();
    }
  });

  it('runs a script whose string literals contain semicolons, as one unit', async () => {
    await adapter.executeScript(`CREATE TABLE semi_t (t text); INSERT INTO semi_t VALUES ('a;b');`);
    const rs = await adapter.queryRaw(q('SELECT t FROM semi_t'));
    expect(rs.rows).toEqual([['a;b']]);
    await expect(adapter.executeScript(`CREATE TABLE semi_u (t text); SELEC 1;`)).rejects.toThrow(
      /syntax error/,
    );
    const exists = await adapter.queryRaw(q(`SELECT to_regclass('semi_u') IS NOT NULL`));
    expect(exists.rows[0]![0]).toBe(false);
    await adapter.executeScript('DROP TABLE semi_t');
  });
});
