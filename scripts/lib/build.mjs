// `next build` only when a source is newer than the last build; then the build's scripts and
// stylesheets compressed where they are not yet (scripts/compress-static.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'emails',
  'public',
  'prisma/schema.prisma',
  'i18n',
  'next.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'package-lock.json',
];
const SKIP = new Set(['generated', 'node_modules', 'testing']);

function newestMtime(root, p) {
  const abs = path.join(root, p);
  if (!fs.existsSync(abs)) return 0;
  const st = fs.statSync(abs);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
    if (SKIP.has(e.name) || /\.test\.tsx?$/.test(e.name)) continue;
    max = Math.max(max, newestMtime(root, path.join(p, e.name)));
  }
  return max;
}

export function buildIfNeeded(root, env) {
  build(root, env);
  // Compressed after every build, and again whenever a copy is missing (a build made with plain
  // `next build`), so no server under test spends its first seconds on it (decision 042).
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'compress-static.mjs'), root], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function build(root, env) {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (Math.max(...SOURCES.map((p) => newestMtime(root, p))) <= builtAt) return;
  console.log('[termin] Budowanie aplikacji (next build)…');
  const startedAt = Date.now();
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  // The build is as new as its start: a file saved while it ran makes the next call build again.
  if (fs.existsSync(buildId)) fs.utimesSync(buildId, startedAt / 1000, startedAt / 1000);
}
