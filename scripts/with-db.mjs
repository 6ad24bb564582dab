#!/usr/bin/env node
// The database supervisor: `node scripts/with-db.mjs [options] -- <command…>`
//
// With DATABASE_URL unset, it owns an embedded PostgreSQL 17 (data in .data/postgres, port
// TERMIN_DB_PORT or 54320), applies the migrations, runs the command with DATABASE_URL set, and
// stops the database when the command ends, on Ctrl-C, SIGTERM or a crash of the command.
// With DATABASE_URL set, it starts nothing and uses that server.
//
//   --throwaway   a database of its own, removed afterwards: a fresh temporary cluster (embedded)
//                 or a new `termin_test_…` database on the DATABASE_URL server
//   --no-migrate  do not apply migrations first (for the migrate commands themselves)
//   --seed        after migrating, insert Opole's catalogue and the first administrator if missing
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import nextEnv from '@next/env';
import { migrateDatabase, openDatabase, seedDatabase } from './lib/database.mjs';

const root = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const flags = new Set(sep === -1 ? argv : argv.slice(0, sep));
const command = sep === -1 ? [] : argv.slice(sep + 1);
const say = (msg) => process.stderr.write(`[termin] ${msg}\n`);

if (command.length === 0) {
  say('Użycie: node scripts/with-db.mjs [--throwaway] [--no-migrate] [--seed] -- <polecenie>');
  process.exit(2);
}

// `.env` files are read as Next.js reads them (variables already set win), so one file configures
// the supervisor, the Prisma CLI and the app alike.
nextEnv.loadEnvConfig(process.env.TERMIN_ENV_DIR ?? root, command.includes('dev'), { info() {}, error: say });

/** @type {{ env: Record<string, string | undefined>; close: () => Promise<void> }} */
let db;
/** @type {import('node:child_process').ChildProcess | undefined} */
let child;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  try {
    await db?.close();
  } catch (e) {
    say(`Nie udało się zatrzymać bazy danych: ${e.message}`);
  }
  process.exit(code);
}

for (const sig of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(sig, () => {
    // The command gets the signal and decides how to end; we stop the database after it.
    if (child && child.exitCode === null) child.kill(sig);
    else shutdown(130);
  });
}
process.on('uncaughtException', (e) => {
  say(e.stack ?? String(e));
  shutdown(1);
});

try {
  db = await openDatabase({
    throwaway: flags.has('--throwaway'),
    externalUrl: process.env.DATABASE_URL,
    dataDir: process.env.TERMIN_DATA_DIR ?? path.join(root, '.data'),
    port: Number(process.env.TERMIN_DB_PORT ?? 54320),
    log: say,
  });
} catch (e) {
  say(e.message);
  await shutdown(1);
  throw e; // not reached: shutdown exits
}

if (!flags.has('--no-migrate')) {
  const failure = migrateDatabase(root, { ...process.env, ...db.env });
  if (failure !== null) {
    say(`Migracje nie powiodły się:\n${failure}`);
    await shutdown(1);
  }
}

if (flags.has('--seed') && !seedDatabase(root, { ...process.env, ...db.env })) {
  say('Wypełnianie bazy danymi startowymi (seed) nie powiodło się.');
  await shutdown(1);
}

child = spawn(/** @type {string} */ (command[0]), command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, ...db.env },
  shell: os.platform() === 'win32',
});
child.on('error', (e) => {
  say(`Nie można uruchomić "${command[0]}": ${e.message}`);
  shutdown(127);
});
child.on('exit', (code, signal) => {
  const osSignals = os.constants.signals;
  shutdown(code ?? 128 + ((signal && osSignals[signal]) || 1));
});
