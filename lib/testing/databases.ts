// Integration tests run inside `with-db --throwaway`, whose DATABASE_URL names a database of
// their own. Tests that need an isolated database create one more on the same server.
import crypto from 'node:crypto';
import pg from 'pg';

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
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

export async function databaseExists(name: string): Promise<boolean> {
  const r = await withAdmin((c) => c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]));
  return (r.rowCount ?? 0) > 0;
}
