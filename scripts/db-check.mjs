#!/usr/bin/env node
// Drift check: deploy prisma/migrations to a fresh database, then ask the engine whether that
// database differs from prisma/schema.prisma. No shadow database is needed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const prisma = path.join(root, 'node_modules', '.bin', 'prisma');
const i = process.argv.indexOf('--schema');
const schema = (i === -1 ? undefined : process.argv[i + 1]) ?? 'prisma/schema.prisma';
const r = spawnSync(
  process.execPath,
  [
    path.join(root, 'scripts', 'with-db.mjs'),
    '--throwaway',
    '--',
    prisma,
    'migrate',
    'diff',
    '--from-config-datasource',
    '--to-schema',
    schema,
    '--exit-code',
  ],
  {
    cwd: root,
    stdio: /** @type {import('node:child_process').StdioOptions} */ (['ignore', 'pipe', 'inherit']),
    encoding: 'utf8',
  },
);
if (r.status === 0) {
  console.log(`db:check: ${schema} and prisma/migrations agree.`);
  process.exit(0);
}
if (r.status === 2) {
  console.error(
    `db:check: ${schema} differs from prisma/migrations. Create a migration with\n` +
      '  npm run db:migrate -- --name <what-changed>\nThe missing SQL would be:\n' +
      r.stdout,
  );
} else {
  console.error(`db:check failed (exit ${r.status}):\n${r.stdout}`);
}
process.exit(1);
