import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@/lib/testing/prisma-cli';

function dbCheck(args: string[] = []) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'db-check.mjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('npm run db:check', () => {
  it('passes when prisma/schema.prisma and prisma/migrations agree', () => {
    const r = dbCheck();
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/agree/);
  });

  it('fails, naming what is missing, when the schema has changed without a migration', () => {
    const schema = fs.readFileSync(path.join(repoRoot, 'prisma', 'schema.prisma'), 'utf8');
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'termin-drift-')), 'schema.prisma');
    fs.writeFileSync(tmp, `${schema}\nmodel DriftCanary {\n  id Int @id\n}\n`);
    const r = dbCheck(['--schema', tmp]);
    fs.rmSync(path.dirname(tmp), { recursive: true });
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/differs from prisma\/migrations/);
    expect(r.output).toMatch(/DriftCanary/);
  });
});
