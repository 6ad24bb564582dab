import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';

const CLI = path.join(import.meta.dirname, 'compress-static.mjs');
const SCRIPT = `self.chunk=${JSON.stringify('x'.repeat(3000))};`;
const roots: string[] = [];

function buildWithOneScript() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'termin-compress-'));
  roots.push(root);
  const chunks = path.join(root, '.next', 'static', 'chunks');
  fs.mkdirSync(chunks, { recursive: true });
  fs.writeFileSync(path.join(chunks, 'app.js'), SCRIPT);
  return { root, chunks };
}

const run = (root: string) => spawnSync(process.execPath, [CLI, root], { encoding: 'utf8' });

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe('scripts/compress-static.mjs (the second step of npm run build)', () => {
  it('writes the Brotli and gzip copies beside the build’s files and says how many', () => {
    const { root, chunks } = buildWithOneScript();
    const r = run(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('plików: 1,');
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(chunks, 'app.js.br'))).toString()).toBe(
      SCRIPT,
    );
    expect(zlib.gunzipSync(fs.readFileSync(path.join(chunks, 'app.js.gz'))).toString()).toBe(SCRIPT);
  });

  it('fails the build, saying which copy, when it cannot write one', () => {
    const { root, chunks } = buildWithOneScript();
    fs.mkdirSync(path.join(chunks, 'app.js.gz')); // in the way of the copy
    const r = run(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('app.js.gz');
  });
});
