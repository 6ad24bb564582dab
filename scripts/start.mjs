#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then serve through the
// database supervisor (embedded PostgreSQL unless DATABASE_URL is set).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const SOURCES = ['app', 'components', 'lib', 'emails', 'prisma/schema.prisma', 'next.config.ts', 'package-lock.json'];

function newestMtime(p) {
  const abs = path.join(root, p);
  if (!fs.existsSync(abs)) return 0;
  const st = fs.statSync(abs);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
    if (e.name === 'generated' || e.name === 'node_modules') continue;
    max = Math.max(max, newestMtime(path.join(p, e.name)));
  }
  return max;
}

const buildId = path.join(root, '.next', 'BUILD_ID');
const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (Math.max(...SOURCES.map(newestMtime)) > builtAt) {
  console.log('[termin] Budowanie aplikacji (next build)…');
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const child = spawn(
  process.execPath,
  [path.join(root, 'scripts', 'with-db.mjs'), '--', path.join(root, 'node_modules', '.bin', 'next'), 'start', '-p', port],
  { cwd: root, env, stdio: 'inherit' },
);
// Ctrl-C reaches the whole process group; the supervisor decides when all is stopped.
process.on('SIGINT', () => {});
for (const sig of ['SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
