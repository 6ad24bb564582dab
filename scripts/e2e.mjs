#!/usr/bin/env node
// `npm run test:e2e`: Playwright against a production build, on a throw-away database; the whole
// stage (no arguments) then runs the bench:rush smoke on the same build and database server, so
// the benchmark never silently breaks (docs/benchmarks.md).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from './lib/build.mjs';
import { resolveChromiumOrExit } from './lib/chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const node = (/** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env) =>
  spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

// Under the database supervisor (below): Playwright, then the smoke.
if (process.argv[2] === '--under-db') {
  const args = process.argv.slice(3);
  const status = node([path.join(root, 'node_modules', '.bin', 'playwright'), 'test', ...args], process.env);
  if (status !== 0 || args.length) process.exit(status);
  console.log('\n[termin] bench:rush --smoke (the same build, a database of its own on the same server)');
  const started = Date.now();
  const smoke = node([path.join(root, 'scripts', 'bench-rush.mjs'), '--smoke'], process.env);
  console.log(
    `[termin] bench:rush --smoke: ${smoke === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exit(smoke);
}

// Unpacked here, once, before the build; playwright.config.ts then finds it in place.
await resolveChromiumOrExit();
// The seed creates this administrator; specs sign in with it (e2e/staff.ts).
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  ADMIN_EMAIL: 'admin@termin.local',
  ADMIN_PASSWORD: 'e2e-administrator-haslo',
};
buildIfNeeded(root, env);
process.exit(
  node(
    [
      path.join(root, 'scripts', 'with-db.mjs'),
      '--throwaway',
      '--seed',
      '--',
      process.execPath,
      path.join(root, 'scripts', 'e2e.mjs'),
      '--under-db',
      ...process.argv.slice(2),
    ],
    env,
  ),
);
