#!/usr/bin/env node
// `npm run test:e2e`: Playwright against a production build, on a throw-away database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from './lib/build.mjs';
import { resolveChromiumOrExit } from './lib/chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
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
const r = spawnSync(
  process.execPath,
  [
    path.join(root, 'scripts', 'with-db.mjs'),
    '--throwaway',
    '--seed',
    '--',
    path.join(root, 'node_modules', '.bin', 'playwright'),
    'test',
    ...process.argv.slice(2),
  ],
  { cwd: root, env, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
