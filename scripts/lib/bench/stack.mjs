// What a benchmark runs against: the production build (built if a source is newer), a throw-away
// database (embedded PostgreSQL 17, or a `termin_test_*` database on DATABASE_URL's server),
// migrated and seeded, and one or more `scripts/server.mjs` processes configured as a deployment
// behind one trusted proxy: not local mode, generated secrets, mail to an SMTP sink of its own
// (`mail`: what the residents received).
// `stop()` removes all of it (the servers' logs too); `stopOnSignals` makes Ctrl-C do the same.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfNeeded } from '../build.mjs';
import { migrateDatabase, openDatabase, seedDatabase } from '../database.mjs';
import { freePort } from '../embedded-postgres.mjs';
import { startSmtpSink } from '../smtp-sink.mjs';

/**
 * @typedef {{ pid: number; port: number; origin: string; log: string; child: import('node:child_process').ChildProcess }} AppServer
 * @typedef {{
 *   root: string;
 *   env: NodeJS.ProcessEnv;
 *   databaseUrl: string;
 *   servers: AppServer[];
 *   mail: import('../smtp-sink.mjs').SmtpSink;
 *   logDir: string;
 *   stopServer: (server: AppServer) => Promise<void>;
 *   stop: () => Promise<void>;
 * }} Stack  `stopServer` ends one server early (what it still had to do goes with it).
 */

const say = (/** @type {string} */ msg) => process.stderr.write(`[bench] ${msg}\n`);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
const secret = () => crypto.randomBytes(32).toString('base64url');

/** pg_stat_statements lets a benchmark count the statements the app sends (db-stats.mjs). */
const STATEMENT_STATS = { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.max': '10000' };

/**
 * @param {{
 *   root: string;
 *   instances?: number;
 *   serverRoots?: string[];
 *   env?: Record<string, string | undefined>;
 *   nodeArgs?: string[];
 *   readyTimeoutMs?: number;
 *   log?: (msg: string) => void;
 *   onStop?: (stop: () => Promise<void>) => void;
 * }} opts  `serverRoots[i]`, when given, is another built checkout server i runs from (an older
 *   build to compare with, on the same database); `env` overrides the servers' environment (e.g. a
 *   limit under test); `nodeArgs` go to each server's node (a profiler); `onStop` gets
 *   `stop` at once, so a Ctrl-C during the start-up can clean up what has started so far.
 * @returns {Promise<Stack>}
 */
export async function startStack({
  root,
  instances = 1,
  serverRoots = [],
  env = {},
  nodeArgs = [],
  readyTimeoutMs = 120_000,
  log = say,
  onStop,
}) {
  buildIfNeeded(root, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'termin-bench-'));
  /** @type {AppServer[]} */
  const servers = [];
  /** @type {{ env: Record<string, string | undefined>; close: () => Promise<void> } | undefined} */
  let db;
  /** @type {import('../smtp-sink.mjs').SmtpSink | undefined} */
  let sink;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(servers.map((s) => stopServer(s.child)));
    await db?.close().catch((e) => log(`Nie udało się usunąć bazy: ${e.message}`));
    await sink?.close();
    fs.rmSync(logDir, { recursive: true, force: true });
  };
  onStop?.(stop);
  try {
    log('Baza danych (throw-away), migracje, seed…');
    const opened = await openDatabase({
      throwaway: true,
      externalUrl: process.env.DATABASE_URL,
      dataDir: path.join(root, '.data'),
      port: 0,
      log,
      settings: STATEMENT_STATS,
    });
    db = opened;
    const dbEnv = { ...process.env, ...opened.env };
    const failure = migrateDatabase(root, dbEnv);
    if (failure !== null) throw new Error(`Migracje nie powiodły się:\n${failure}`);
    if (!seedDatabase(root, dbEnv, ['ignore', 'ignore', 'inherit'])) throw new Error('Seed nie powiódł się.');

    const mail = await startSmtpSink();
    sink = mail;
    const ports = [];
    for (let i = 0; i < instances; i++) ports.push(await freePort());
    /** @type {NodeJS.ProcessEnv} */
    const appEnv = {
      ...dbEnv,
      // A deployment, not local mode: every variable a server needs, the client address read
      // from the last X-Forwarded-For entry (the TCP peer, 127.0.0.1, stands for the proxy).
      TERMIN_EMBEDDED_DB: undefined,
      AUTH_SECRET: secret(),
      DATA_SECRET: secret(),
      SMTP_URL: mail.url,
      APP_URL: `http://127.0.0.1:${ports[0]}`,
      TRUSTED_PROXY_HOPS: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    };
    for (const [i, port] of ports.entries()) {
      const logFile = path.join(logDir, `server-${i + 1}.log`);
      const out = fs.openSync(logFile, 'a');
      const from = serverRoots[i] ?? root;
      const child = spawn(
        process.execPath,
        [...nodeArgs, path.join(from, 'scripts', 'server.mjs'), '-p', String(port), '-H', '127.0.0.1'],
        { cwd: from, env: appEnv, stdio: ['ignore', out, out] },
      );
      fs.closeSync(out);
      servers.push({
        pid: /** @type {number} */ (child.pid),
        port,
        origin: `http://127.0.0.1:${port}`,
        log: logFile,
        child,
      });
    }
    log(`Serwer${instances > 1 ? 'y' : ''}: ${servers.map((s) => s.origin).join(', ')} (logi: ${logDir})`);
    await Promise.all(servers.map((s) => waitReady(s, readyTimeoutMs)));
    return {
      root,
      env: appEnv,
      databaseUrl: /** @type {string} */ (appEnv.DATABASE_URL),
      servers,
      mail,
      logDir,
      stopServer: (server) => stopServer(server.child),
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * Until /api/health answers 200; fails with the end of the server's log when it exits first.
 * @param {AppServer} s
 * @param {number} timeoutMs
 */
async function waitReady(s, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (s.child.exitCode !== null || s.child.signalCode !== null)
      throw new Error(`Serwer zakończył pracę przy starcie:\n${tail(s.log)}`);
    const ok = await fetch(`${s.origin}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`Serwer nie odpowiedział w ${timeoutMs / 1000} s:\n${tail(s.log)}`);
}

/** @param {string} file */
function tail(file) {
  return fs.readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
}

/**
 * SIGTERM (scripts/server.mjs exits within 5 s even with streams open), SIGKILL after 10 s.
 * @param {import('node:child_process').ChildProcess} child
 */
function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve(undefined);
    });
    child.kill('SIGTERM');
  });
}

/**
 * Ctrl-C, SIGTERM, SIGHUP or a crash run `cleanup` (servers, database) before the process ends.
 * Returns the same ending, for a caller's own time limit.
 * @param {() => Promise<void>} cleanup
 * @returns {(code: number) => Promise<void>}
 */
export function stopOnSignals(cleanup) {
  let ending = false;
  const end = async (/** @type {number} */ code) => {
    if (ending) return;
    ending = true;
    say('Sprzątanie (serwer, baza)…');
    await cleanup().catch((e) => say(String(e)));
    process.exit(code);
  };
  for (const sig of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
    process.on(sig, () => {
      say(`${sig}.`);
      void end(130);
    });
  // Once ending, what fails is the work the cleanup cut short (a read of a closed client).
  process.on('uncaughtException', (e) => {
    if (!ending) say(e.stack ?? String(e));
    void end(1);
  });
  process.on('unhandledRejection', (e) => {
    if (!ending) say(e instanceof Error ? (e.stack ?? e.message) : String(e));
    void end(1);
  });
  return end;
}

/**
 * A benchmark's run, bounded as a whole (`limitMinutes`): Ctrl-C, a crash or the limit run the
 * cleanup last given to `onCleanup` (servers, database, scripts) before the process ends; `step`
 * says what comes next, with the seconds since the start.
 * @param {{ limitMinutes?: number }} [opts]
 */
export function startRun({ limitMinutes = 30 } = {}) {
  /** @type {() => Promise<void>} */
  let cleanup = async () => {};
  const end = stopOnSignals(() => cleanup());
  setTimeout(() => {
    say(`Time limit (${limitMinutes} min) reached.`);
    void end(1);
  }, limitMinutes * 60_000).unref();
  const started = Date.now();
  return {
    step: (/** @type {string} */ msg) =>
      say(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${msg}`),
    onCleanup: (/** @type {() => Promise<void>} */ fn) => {
      cleanup = fn;
    },
  };
}
