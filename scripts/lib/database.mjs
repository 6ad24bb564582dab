// Which database a command runs against, and how it is released afterwards.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  clearStale,
  freePort,
  initialise,
  resolveLayout,
  startServer,
  stopServer,
} from './embedded-postgres.mjs';
import { dropDatabase } from './drop-database.mjs';
import { poolConfigFromUrl } from './pg-migrate-adapter.mjs';

const APP_DB = 'termin';

function urlFor({ password, port, database }) {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function withClient(config, fn) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function ensureDatabase(config, name) {
  await withClient({ ...config, database: 'postgres' }, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await c.query(`CREATE DATABASE "${name}"`);
  });
}

/** A fresh database on an external server, dropped on close. Never the DATABASE_URL one. */
async function openExternalThrowaway(externalUrl, log) {
  const { config } = poolConfigFromUrl(externalUrl);
  const name = `termin_test_${crypto.randomBytes(5).toString('hex')}`;
  await withClient(config, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(externalUrl);
  url.pathname = `/${name}`;
  log(`Testowa baza danych ${name} na ${config.host}:${config.port}`);
  return {
    env: { DATABASE_URL: url.toString(), TERMIN_EMBEDDED_DB: undefined },
    close: () => withClient(config, (c) => dropDatabase((sql) => c.query(sql), name)),
  };
}

/**
 * Local mode keeps generated secrets in the data folder (AUTH_SECRET in auth-secret, DATA_SECRET
 * in data-secret), so sessions, hashes and encrypted messages survive restarts.
 */
function localSecret(dir, name = 'auth-secret') {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

async function openEmbedded({ dataDir, port, throwaway, log, settings }) {
  const wanted = throwaway
    ? fs.mkdtempSync(path.join(os.tmpdir(), 'termin-test-'))
    : path.join(dataDir, 'postgres');
  if (throwaway) fs.chmodSync(wanted, 0o755);
  const layout = await resolveLayout(throwaway ? path.join(wanted, 'pg') : wanted);
  const firstRun = !fs.existsSync(path.join(layout.dataDir, 'PG_VERSION'));
  const password = initialise(layout);
  if (!throwaway) {
    const stale = await clearStale(layout.dataDir);
    if (stale === 'stopped-orphan')
      log('Zatrzymano serwer PostgreSQL pozostawiony przez przerwane uruchomienie.');
  }
  const usePort = throwaway ? await freePort() : port;
  let server;
  try {
    server = await startServer(layout, usePort, settings);
  } catch (e) {
    throw new Error(
      `Nie udało się uruchomić wbudowanego PostgreSQL na porcie ${usePort}` +
        ` (zajęty? ustaw TERMIN_DB_PORT): ${e.message}`,
    );
  }
  const close = async () => {
    await stopServer(server);
    if (throwaway) fs.rmSync(wanted, { recursive: true, force: true });
  };
  try {
    await ensureDatabase({ host: '127.0.0.1', port: usePort, user: 'postgres', password }, APP_DB);
  } catch (e) {
    await close();
    throw e;
  }
  if (!throwaway) {
    log(
      `Wbudowany PostgreSQL 17 na 127.0.0.1:${usePort}${firstRun ? ' (nowa baza)' : ''}, dane: ${layout.dataDir}`,
    );
  }
  return {
    env: {
      DATABASE_URL: urlFor({ password, port: usePort, database: APP_DB }),
      AUTH_SECRET: process.env.AUTH_SECRET || localSecret(throwaway ? wanted : dataDir),
      DATA_SECRET: process.env.DATA_SECRET || localSecret(throwaway ? wanted : dataDir, 'data-secret'),
      TERMIN_EMBEDDED_DB: '1',
      TERMIN_DATA_DIR: throwaway ? wanted : dataDir,
    },
    server,
    close,
  };
}

/**
 * Opens the database a command should use; `close()` releases whatever was started. `settings`
 * (server settings for the run) apply to an embedded server only: an external one is as it is.
 */
export async function openDatabase({ externalUrl, throwaway, dataDir, port, log, settings = {} }) {
  if (externalUrl) {
    if (throwaway) return openExternalThrowaway(externalUrl, log);
    return { env: { DATABASE_URL: externalUrl, TERMIN_EMBEDDED_DB: undefined }, close: async () => {} };
  }
  return openEmbedded({ dataDir, port, throwaway, log, settings });
}

/** `prisma migrate deploy` against env's database; the CLI's output when it failed, else null. */
export function migrateDatabase(root, env) {
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0 || /Error|error:/.test(r.stderr ?? '')) return `${r.stdout}\n${r.stderr}`;
  return null;
}

/**
 * prisma/seed.ts (Opole's catalogue, the first administrator), run as the app runs lib/server;
 * true when it succeeded. `stdio` as spawn takes it (the benchmarks keep the seed's report quiet).
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env
 * @param {import('node:child_process').StdioOptions} [stdio]
 */
export function seedDatabase(root, env, stdio = 'inherit') {
  const r = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['--conditions=react-server', path.join(root, 'prisma', 'seed.ts')],
    { cwd: root, env, stdio },
  );
  return r.status === 0;
}
