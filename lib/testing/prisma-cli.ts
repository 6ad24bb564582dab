// Runs the real Prisma CLI (with our offline schema engine) in a scratch project of its own.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const engineBinary = path.join(repoRoot, 'scripts', 'schema-engine.mjs');

export type CliResult = { status: number | null; stdout: string; stderr: string; output: string };

export function runPrisma(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): CliResult {
  const r = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'prisma'), args, {
    cwd: opts.cwd ?? repoRoot,
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', ...opts.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}\n${r.stderr}` };
}

/**
 * A scratch Prisma project (config, schema, migrations) below the repo, so that its
 * prisma.config.ts resolves `prisma/config` from our node_modules.
 */
export function createScratchProject(schemaBody: string, migrations: Record<string, string> = {}) {
  const dir = path.join(
    repoRoot,
    'node_modules',
    '.cache',
    'termin-tests',
    crypto.randomBytes(5).toString('hex'),
  );
  fs.mkdirSync(path.join(dir, 'migrations'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'prisma.config.ts'),
    `import { defineConfig } from 'prisma/config';
process.env.PRISMA_SCHEMA_ENGINE_BINARY = ${JSON.stringify(engineBinary)};
export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL },
});
`,
  );
  const header = 'datasource db {\n  provider = "postgresql"\n}\n\n';
  fs.writeFileSync(path.join(dir, 'schema.prisma'), header + schemaBody);
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(dir, 'migrations', name), { recursive: true });
    fs.writeFileSync(path.join(dir, 'migrations', name, 'migration.sql'), sql);
  }
  fs.writeFileSync(path.join(dir, 'migrations', 'migration_lock.toml'), 'provider = "postgresql"\n');
  return {
    dir,
    writeSchema: (body: string) => fs.writeFileSync(path.join(dir, 'schema.prisma'), header + body),
    migrationNames: () =>
      fs
        .readdirSync(path.join(dir, 'migrations'))
        .filter((n) => fs.statSync(path.join(dir, 'migrations', n)).isDirectory()),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
