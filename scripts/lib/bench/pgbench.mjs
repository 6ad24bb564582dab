// The database's own reference: PostgreSQL's pgbench (`-b simple-update -M prepared`: one small
// transaction of three updates and an insert) against the benchmark's server, on a scratch
// database of its own (`pgbench -i`, dropped afterwards). pgbench ships with the server, not with
// npm; without it the figure is left out and the bench says how to install it.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { dropDatabase } from '../drop-database.mjs';

export const PGBENCH_HINT =
  'pgbench not found: it ships with PostgreSQL (Debian/Ubuntu: sudo apt-get install postgresql; ' +
  'macOS: brew install postgresql@17); put it on PATH';

/** pgbench on PATH, else the newest under Debian's /usr/lib/postgresql/<version>/bin; or null. */
export function findPgbench() {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'pgbench'));
  let debian = [];
  try {
    debian = fs
      .readdirSync('/usr/lib/postgresql')
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => path.join('/usr/lib/postgresql', v, 'bin', 'pgbench'));
  } catch {
    // not Debian's layout
  }
  return [...onPath, ...debian].find((p) => fs.existsSync(p)) ?? null;
}

/**
 * @param {string} bin
 * @param {string[]} args
 * @param {string} password  in the environment, not on a command line others can list
 * @param {number} timeoutMs
 * @returns {Promise<{ code: number | null; out: string }>}
 */
function run(bin, args, password, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PGPASSWORD: password },
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, out: String(e) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

/**
 * `pgbench -b simple-update -M prepared -c <clients> -T <seconds>` on a scratch database of the
 * server of `databaseUrl`. Resolves with the transactions a second (without the initial
 * connection time), or with why there is no figure.
 * @param {{ databaseUrl: string; clients: number; seconds: number }} opts
 * @returns {Promise<{ tps: number; command: string } | { tps: null; reason: string }>}
 */
export async function runPgbench({ databaseUrl, clients, seconds }) {
  const bin = findPgbench();
  if (!bin) return { tps: null, reason: PGBENCH_HINT };
  const name = `termin_pgbench_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const password = decodeURIComponent(url.password);
  url.password = '';
  const args = ['-b', 'simple-update', '-M', 'prepared', '-c', String(clients), '-T', String(seconds)];
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const init = await run(bin, ['-i', '-q', url.toString()], password, 120_000);
    if (init.code !== 0)
      return { tps: null, reason: `pgbench -i failed: ${init.out.trim().split('\n').at(-1)}` };
    const r = await run(bin, [...args, url.toString()], password, seconds * 1000 + 60_000);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(r.out)?.[1];
    if (r.code !== 0 || !tps)
      return { tps: null, reason: `pgbench failed: ${r.out.trim().split('\n').at(-1)}` };
    return { tps: Number(tps), command: `pgbench ${args.join(' ')}` };
  } finally {
    await dropDatabase((sql) => admin.query(sql), name).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
}
