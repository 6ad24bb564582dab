// The database supervisor's life cycle: embedded PostgreSQL started, used, and always stopped.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseExists } from '@/lib/testing/databases';
import { repoRoot } from '@/lib/testing/prisma-cli';
import { freePort } from './lib/embedded-postgres.mjs';

const supervisor = path.join(repoRoot, 'scripts', 'with-db.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'termin-supervisor-'));
fs.chmodSync(dataDir, 0o755);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

type Run = { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> };

function start(args: string[], env: Record<string, string | undefined>): Run {
  const child = spawn(process.execPath, [supervisor, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

function embedded(port: number) {
  return { DATABASE_URL: undefined, TERMIN_DATA_DIR: dataDir, TERMIN_DB_PORT: String(port) };
}

function portIsOpen(port: number) {
  return new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

const pgDir = path.join(dataDir, 'postgres');
const QUERY = `const pg=require('pg');const c=new pg.Client(process.env.DATABASE_URL);c.connect().then(()=>c.query('SELECT count(*)::int AS n FROM _prisma_migrations')).then(r=>{console.log('MIGRATIONS='+r.rows[0].n);return c.end()})`;

describe('with-db supervisor (embedded PostgreSQL)', () => {
  let port: number;

  it('initialises on first use, migrates, runs the command, then stops the server', async () => {
    port = await freePort();
    const { done } = start(['--', process.execPath, '-e', QUERY], embedded(port));
    const r = await done;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/MIGRATIONS=[1-9]/);
    expect(r.stderr).toMatch(/nowa baza/);
    expect(fs.existsSync(path.join(pgDir, 'PG_VERSION'))).toBe(true);
    expect(await portIsOpen(port)).toBe(false);
    expect(fs.existsSync(path.join(pgDir, 'postmaster.pid'))).toBe(false);
  });

  it('reuses the data on the next start and passes on the exit code of a crashing command', async () => {
    const { done } = start(['--', process.execPath, '-e', 'process.exit(3)'], embedded(port));
    const r = await done;
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(/nowa baza/);
    expect(await portIsOpen(port)).toBe(false);
    expect(fs.existsSync(path.join(pgDir, 'postmaster.pid'))).toBe(false);
  });

  it('on Ctrl-C (SIGINT) lets the command end, then stops the database cleanly', async () => {
    const script = `process.on('SIGINT',()=>{console.log('CHILD-GOT-SIGINT');process.exit(130)});console.log('READY');setInterval(()=>{},1000)`;
    const run = start(['--', process.execPath, '-e', script], embedded(port));
    await new Promise<void>((resolve) =>
      run.child.stdout!.on('data', (d) => String(d).includes('READY') && resolve()),
    );
    expect(await portIsOpen(port)).toBe(true);
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.stdout).toMatch(/CHILD-GOT-SIGINT/);
    expect(r.code).toBe(130);
    expect(await portIsOpen(port)).toBe(false);
    expect(fs.existsSync(path.join(pgDir, 'postmaster.pid'))).toBe(false);
  });

  it('on a terminal Ctrl-C (SIGINT to the whole process group) the database outlives the command', async () => {
    // The command needs the database while it shuts down (flushing work, closing connections).
    const script = `const pg=require('pg');process.on('SIGINT',()=>setTimeout(async()=>{const c=new pg.Client(process.env.DATABASE_URL);try{await c.connect();await c.query('SELECT 1');console.log('DB-STILL-UP');await c.end();process.exit(0)}catch(e){console.log('DB-GONE '+e.code);process.exit(1)}},1500));console.log('READY');setInterval(()=>{},1000)`;
    const child = spawn(process.execPath, [supervisor, '--', process.execPath, '-e', script], {
      env: { ...process.env, ...embedded(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // a process group of its own, like a terminal's foreground job
    });
    let stdout = '';
    child.stdout!.on('data', (d) => (stdout += d));
    await new Promise<void>((resolve) =>
      child.stdout!.on('data', () => stdout.includes('READY') && resolve()),
    );
    process.kill(-child.pid!, 'SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(stdout).toMatch(/DB-STILL-UP/);
    expect(code).toBe(0);
    expect(await portIsOpen(port)).toBe(false);
  });

  it('after the supervisor is killed outright, the next start clears the orphaned server', async () => {
    const run = start(
      ['--', process.execPath, '-e', `console.log('READY '+process.pid);setInterval(()=>{},1000)`],
      embedded(port),
    );
    const command = await new Promise<number>((resolve) =>
      run.child.stdout!.on('data', (d) => {
        const ready = /READY (\d+)/.exec(String(d));
        if (ready) resolve(Number(ready[1]));
      }),
    );
    run.child.kill('SIGKILL');
    await run.done;
    // The command is orphaned too, and nothing would ever stop it: each run of the suite would
    // leave one more idle process behind.
    process.kill(command, 'SIGKILL');
    expect(fs.existsSync(path.join(pgDir, 'postmaster.pid'))).toBe(true); // the orphan still runs
    const next = await start(['--', process.execPath, '-e', QUERY], embedded(port)).done;
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/pozostawiony przez przerwane uruchomienie/);
    expect(next.stdout).toMatch(/MIGRATIONS=/);
    expect(await portIsOpen(port)).toBe(false);
  });

  it('says clearly when its port is taken', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const taken = (blocker.address() as net.AddressInfo).port;
    const r = await start(['--', 'true'], embedded(taken)).done;
    blocker.close();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`porcie ${taken}.*TERMIN_DB_PORT`));
  });
});

describe('with-db supervisor (DATABASE_URL set)', () => {
  const url = process.env.DATABASE_URL!;
  const printEnv = `console.log(JSON.stringify({url:process.env.DATABASE_URL,embedded:process.env.TERMIN_EMBEDDED_DB??null}))`;

  it('uses that server and starts nothing', async () => {
    const r = await start(['--no-migrate', '--', process.execPath, '-e', printEnv], { DATABASE_URL: url })
      .done;
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ url, embedded: null });
  });

  it('reads .env as Next.js does: its variables reach the command, variables already set win', async () => {
    const envDir = fs.mkdtempSync(path.join(os.tmpdir(), 'termin-env-'));
    fs.writeFileSync(
      path.join(envDir, '.env'),
      'TERMIN_ENV_PROBE=from-dot-env\nTERMIN_ENV_KEPT=from-dot-env\nAPP_URL=https://termin.example\n',
    );
    const show = `console.log(JSON.stringify([process.env.TERMIN_ENV_PROBE,process.env.TERMIN_ENV_KEPT,process.env.APP_URL]))`;
    const r = await start(['--no-migrate', '--', process.execPath, '-e', show], {
      DATABASE_URL: url,
      TERMIN_ENV_DIR: envDir,
      TERMIN_ENV_KEPT: 'from-environment',
      APP_URL: undefined,
    }).done;
    fs.rmSync(envDir, { recursive: true, force: true });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual([
      'from-dot-env',
      'from-environment',
      'https://termin.example',
    ]);
  });

  it('--throwaway gives a new database on that server, never the named one, and drops it after', async () => {
    const r = await start(['--throwaway', '--', process.execPath, '-e', printEnv], { DATABASE_URL: url })
      .done;
    expect(r.code, r.stderr).toBe(0);
    const used = new URL(JSON.parse(r.stdout).url);
    const named = new URL(url);
    expect(used.host).toBe(named.host);
    expect(used.pathname).not.toBe(named.pathname);
    expect(await databaseExists(used.pathname.slice(1))).toBe(false);
  });
});
