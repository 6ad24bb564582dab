#!/usr/bin/env node
// `npm test`: every layer, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { resolveChromiumOrExit } from './lib/chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** @type {[string, string, string[]][]} */
const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['format', 'npm', ['run', '--silent', 'format:check']],
  ['unit', 'npm', ['run', '--silent', 'test:unit']],
  ['integration', 'npm', ['run', '--silent', 'test:integration']],
  ['e2e', 'npm', ['run', '--silent', 'test:e2e']],
];
const only = process.argv.slice(2);
// A browser that cannot start is told before the minutes of the other steps, not after them.
if (!only.length || only.includes('e2e')) await resolveChromiumOrExit();
let passed = 0;
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== npm test: ${name} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n=== npm test: ${name} FAILED after ${secs}s ===`);
    process.exit(r.status ?? 1);
  }
  console.log(`=== npm test: ${name} ok (${secs}s) ===`);
  passed++;
}
console.log(`\nnpm test: all ${passed} steps passed.`);
