// Integration tests run inside `with-db --throwaway`, whose DATABASE_URL names a database of
// their own. Tests that need an isolated database create one more on the same server.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { dropDatabase } from '../../scripts/lib/drop-database.mjs';

export function requireTestDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('Integration tests run through `npm run test:integration` (it provides a database).');
  return url;
}

function adminConfig() {
  const u = new URL(requireTestDatabaseUrl());
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}

export async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(adminConfig());
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh empty database on the test server; `drop()` removes it. */
export async function createScratchDatabase(prefix = 'scratch') {
  const name = `${prefix}_${crypto.randomBytes(5).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(requireTestDatabaseUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withAdmin((c) => dropDatabase((sql) => c.query(sql), name)),
  };
}

export async function databaseExists(name: string): Promise<boolean> {
  const r = await withAdmin((c) => c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]));
  return (r.rowCount ?? 0) > 0;
}

const MIGRATIONS = path.resolve(import.meta.dirname, '..', '..', 'prisma', 'migrations');

/** The migrations' directory names (YYYYMMDDhhmmss_name), in the order they are applied. */
function migrationNames(): string[] {
  return fs
    .readdirSync(MIGRATIONS)
    .filter((d) => /^\d+_/.test(d))
    .sort();
}

async function runMigrations(url: string, names: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const m of names)
      await client.query(fs.readFileSync(path.join(MIGRATIONS, m, 'migration.sql'), 'utf8'));
  } finally {
    await client.end();
  }
}

/**
 * A scratch database with every migration applied and a Prisma client on it, for a test that
 * needs the whole database to itself (e.g. "no administrator exists yet"), which the shared
 * test database cannot give while other files run. `before`: only the migrations older than that
 * one, so a migration's test can write rows of the old shape, then `migrateRest()`.
 */
export async function createMigratedDatabase(prefix = 'migrated', opts: { before?: string } = {}) {
  const db = await createScratchDatabase(prefix);
  const all = migrationNames();
  if (opts.before && !all.includes(opts.before)) throw new Error(`No migration ${opts.before}`);
  const applied = opts.before ? all.filter((m) => m < opts.before!) : all;
  await runMigrations(db.url, applied);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
  return {
    ...db,
    prisma,
    /** Applies the migrations from `before` on. */
    migrateRest: () =>
      runMigrations(
        db.url,
        all.filter((m) => !applied.includes(m)),
      ),
    drop: async () => {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
