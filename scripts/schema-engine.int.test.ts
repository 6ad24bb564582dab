// The offline schema engine, exercised through the real Prisma CLI against a real PostgreSQL.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, withAdmin } from '@/lib/testing/databases';
import { createScratchProject, engineBinary, runPrisma } from '@/lib/testing/prisma-cli';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function scratch(schema: string, migrations?: Record<string, string>) {
  const db = await createScratchDatabase('engine');
  const project = createScratchProject(schema, migrations);
  cleanups.push(db.drop, project.remove);
  const env = { DATABASE_URL: db.url };
  return { db, project, prisma: (...args: string[]) => runPrisma(args, { cwd: project.dir, env }) };
}

const NOTE = 'model Note {\n  id   Int    @id @default(autoincrement())\n  text String\n}\n';
const NOTE_SQL =
  'CREATE TABLE "Note" ("id" SERIAL NOT NULL, "text" TEXT NOT NULL, CONSTRAINT "Note_pkey" PRIMARY KEY ("id"));\n';

async function tablesOf(dbName: string) {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${dbName}`;
  const pg = await import('pg');
  const c = new pg.default.Client({ connectionString: url.toString() });
  await c.connect();
  try {
    const r = await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    return r.rows.map((row) => row.tablename as string);
  } finally {
    await c.end();
  }
}

describe('prisma migrate with the WASM schema engine', () => {
  it('migrate dev creates and applies a migration, in a shadow database that is not the real one', async () => {
    const { db, project, prisma } = await scratch(NOTE);
    const r = prisma('migrate', 'dev', '--name', 'notes');
    expect(r.status, r.output).toBe(0);
    expect(project.migrationNames()).toEqual([expect.stringMatching(/^\d{14}_notes$/)]);
    expect(await tablesOf(db.name)).toEqual(['Note', '_prisma_migrations']);
    const leftovers = await withAdmin((c) =>
      c.query(`SELECT 1 FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`),
    );
    expect(leftovers.rowCount).toBe(0);
  });

  it('migrate deploy applies, and migrate status reports up to date', async () => {
    const { db, prisma } = await scratch(NOTE, { '20260101000000_notes': NOTE_SQL });
    const deploy = prisma('migrate', 'deploy');
    expect(deploy.status, deploy.output).toBe(0);
    expect(await tablesOf(db.name)).toContain('Note');
    const status = prisma('migrate', 'status');
    expect(status.status, status.output).toBe(0);
    expect(status.output).toMatch(/Database schema is up to date/);
  });

  it('migrate status fails while a migration is pending', async () => {
    const { prisma } = await scratch(NOTE, { '20260101000000_notes': NOTE_SQL });
    const status = prisma('migrate', 'status');
    expect(status.status).not.toBe(0);
    expect(status.output).toMatch(/have not yet been applied/);
  });

  it('migrate diff --exit-code tells in sync (0) from drift (2)', async () => {
    const { project, prisma } = await scratch(NOTE, { '20260101000000_notes': NOTE_SQL });
    expect(prisma('migrate', 'deploy').status).toBe(0);
    const diff = () =>
      prisma('migrate', 'diff', '--from-config-datasource', '--to-schema', 'schema.prisma', '--exit-code');
    const same = diff();
    expect(same.status, same.output).toBe(0);
    project.writeSchema(NOTE + 'model Tag {\n  id Int @id\n}\n');
    const drift = diff();
    expect(drift.status, drift.output).toBe(2);
    expect(drift.output).toMatch(/Tag/);
  });

  it('a broken migration makes deploy exit non-zero with the database message', async () => {
    const { prisma } = await scratch(NOTE, {
      '20260101000000_notes': NOTE_SQL,
      '20260102000000_broken': 'ALTER TABLE "Note" ADD COLUMN "x" NO_SUCH_TYPE;\n',
    });
    const r = prisma('migrate', 'deploy');
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/type "no_such_type" does not exist/);
  });

  it('an unreachable database makes the CLI fail instead of exiting 0', async () => {
    const project = createScratchProject(NOTE, { '20260101000000_notes': NOTE_SQL });
    cleanups.push(project.remove);
    const r = runPrisma(['migrate', 'deploy'], {
      cwd: project.dir,
      env: { DATABASE_URL: 'postgresql://nobody:x@127.0.0.1:1/none' },
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/P1001|Can't reach database server/);
  });

  it('an engine panic reaches the CLI as an error', async () => {
    const { db, project, prisma } = await scratch(NOTE, { '20260101000000_notes': NOTE_SQL });
    const r = runPrisma(['migrate', 'deploy'], {
      cwd: project.dir,
      env: { DATABASE_URL: db.url, FORCE_PANIC_SCHEMA_ENGINE: '1' },
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/debugPanic artificial panic/);
    expect(prisma('migrate', 'status').status).not.toBe(0); // the panicking deploy applied nothing
  });
});

describe('the engine process itself', () => {
  function request(args: string[], req: object): Promise<Record<string, unknown>> {
    const child = spawn(engineBinary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const rl = readline.createInterface({ input: child.stdout! });
    return new Promise((resolve, reject) => {
      rl.once('line', (line) => {
        child.stdin!.end();
        resolve(JSON.parse(line));
      });
      child.once('exit', (code) => reject(new Error(`engine exited (${code}) without answering`)));
      child.stdin!.write(`${JSON.stringify(req)}\n`);
    });
  }

  it('answers a start-up failure (missing schema file) as a JSON-RPC error, not by exiting', async () => {
    const res = await request(
      [
        '--datamodels',
        '/nonexistent/schema.prisma',
        '--datasource',
        JSON.stringify({ url: process.env.DATABASE_URL }),
      ],
      { jsonrpc: '2.0', id: 7, method: 'getDatabaseVersion', params: {} },
    );
    expect(res.id).toBe(7);
    expect(JSON.stringify(res.error)).toMatch(/ENOENT|nonexistent/);
  });

  it('answers getDatabaseVersion with the server version', async () => {
    const res = await request(['--datasource', JSON.stringify({ url: process.env.DATABASE_URL })], {
      jsonrpc: '2.0',
      id: 1,
      method: 'getDatabaseVersion',
      params: { datasource: { tag: 'ConnectionString', url: process.env.DATABASE_URL } },
    });
    expect(String(res.result)).toMatch(/PostgreSQL 1\d/);
  });

  it('reports a missing database as P1003 to `cli can-connect-to-database`', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = '/does_not_exist_xyz';
    const child = spawn(engineBinary, [
      '--datasource',
      JSON.stringify({ url: url.toString() }),
      'cli',
      'can-connect-to-database',
    ]);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(1);
    const lines = stderr
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => JSON.parse(l));
    expect(lines[0].fields.error_code).toBe('P1003');
  });
});
