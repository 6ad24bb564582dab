import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressStatic, pickEncoding, serveStaticAsset } from './static-assets.mjs';

const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' };
const SCRIPT = `self.chunk=${JSON.stringify('x'.repeat(3000))};`.repeat(4);
const STYLES = `.a{color:red}\n`.repeat(200);

let root: string;
let server: http.Server;
let origin: string;
let assets: Awaited<ReturnType<typeof compressStatic>>['assets'];

function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const { hostname, port } = new URL(origin);
      // `path` as given, `..` included (a URL would be normalised first).
      http
        .request({ hostname, port, path: url, method, headers }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
          );
        })
        .on('error', reject)
        .end();
    },
  );
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'termin-static-'));
  const chunks = path.join(root, '.next', 'static', 'chunks');
  fs.mkdirSync(chunks, { recursive: true });
  fs.writeFileSync(path.join(chunks, 'app.js'), SCRIPT);
  fs.writeFileSync(path.join(chunks, 'site.css'), STYLES);
  fs.writeFileSync(path.join(chunks, 'tiny.js'), 'self.t=1;');
  fs.writeFileSync(path.join(root, '.next', 'static', 'icon.svg'), `<svg>${' '.repeat(2000)}</svg>`);
  const compressed = await compressStatic(root);
  expect(compressed.unsaved.count).toBe(0);
  assets = compressed.assets;
  server = http.createServer((req, res) => {
    if (serveStaticAsset({ assets, req, res, headers: HEADERS })) return;
    res.writeHead(404, { 'x-fell-through': '1' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('compressStatic', () => {
  const chunks = () => path.join(root, '.next', 'static', 'chunks');

  it('writes a Brotli and a gzip copy of each script and stylesheet of 1 KB or more, nothing else', () => {
    expect(fs.readdirSync(chunks()).sort()).toEqual([
      'app.js',
      'app.js.br',
      'app.js.gz',
      'site.css',
      'site.css.br',
      'site.css.gz',
      'tiny.js',
    ]);
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(chunks(), 'app.js.br'))).toString()).toBe(
      SCRIPT,
    );
    expect(zlib.gunzipSync(fs.readFileSync(path.join(chunks(), 'site.css.gz'))).toString()).toBe(STYLES);
    expect([...assets.keys()].sort()).toEqual([
      '/_next/static/chunks/app.js',
      '/_next/static/chunks/site.css',
    ]);
  });

  it('reads copies newer than their file, and makes anew those older than it', async () => {
    const file = path.join(chunks(), 'app.js');
    const before = fs.statSync(`${file}.br`).mtimeMs;
    await compressStatic(root);
    expect(fs.statSync(`${file}.br`).mtimeMs).toBe(before);

    // A copy older than its file (of an earlier build) holding something else: not served.
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync('self.old=1;'));
    const earlier = new Date(fs.statSync(file).mtimeMs - 60_000);
    fs.utimesSync(`${file}.br`, earlier, earlier);
    const { assets: again } = await compressStatic(root);
    expect(zlib.brotliDecompressSync(again.get('/_next/static/chunks/app.js')!.br.body).toString()).toBe(
      SCRIPT,
    );
    expect(fs.statSync(`${file}.br`).mtimeMs).toBeGreaterThan(earlier.getTime());
  });

  it('keeps in memory what it cannot write, says so, and leaves no half-written file', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'termin-static-'));
    try {
      const dir = path.join(other, '.next', 'static', 'chunks');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'app.js'), SCRIPT);
      fs.mkdirSync(path.join(dir, 'app.js.br')); // in the way of the copy: its write fails
      const { assets: held, unsaved } = await compressStatic(other);
      expect(unsaved.count).toBe(1);
      expect(unsaved.first).toContain('app.js.br');
      expect(zlib.brotliDecompressSync(held.get('/_next/static/chunks/app.js')!.br.body).toString()).toBe(
        SCRIPT,
      );
      expect(fs.readdirSync(dir).sort()).toEqual(['app.js', 'app.js.br', 'app.js.gz']);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('pickEncoding', () => {
  it('prefers Brotli, then gzip, and leaves identity to Next.js', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('*;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding('br;q=0,gzip;q=0')).toBeUndefined();
    expect(pickEncoding('br;q=abc, gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0.1, gzip')).toBe('gzip');
    expect(pickEncoding('gzip;q=0.5, br;q=0.5')).toBe('br');
    expect(pickEncoding('')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });
});

describe('serveStaticAsset', () => {
  it('answers a script in Brotli with the headers Next.js gives it and the security headers', async () => {
    const res = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'application/javascript; charset=UTF-8',
      'content-encoding': 'br',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'content-length': String(res.body.length),
    });
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('answers gzip to a client without Brotli, and a stylesheet as CSS', async () => {
    const res = await get('/_next/static/chunks/site.css?v=1', { 'accept-encoding': 'gzip, deflate' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=UTF-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(res.body).toString()).toBe(STYLES);
  });

  it('answers 304 to the ETag of the same encoding, and HEAD without a body', async () => {
    const first = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    const again = await get('/_next/static/chunks/app.js', {
      'accept-encoding': 'br',
      'if-none-match': `W/${etag}`,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const gz = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(gz.status).toBe(200);
    expect(gz.headers.etag).not.toBe(etag);
    const any = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br', 'if-none-match': '*' });
    expect(any.status).toBe(304);

    const head = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(first.body.length));
    expect(head.body.length).toBe(0);
  });

  it('leaves to Next.js what it does not hold, other methods and clients without either encoding', async () => {
    for (const [url, headers, method] of [
      ['/_next/static/chunks/tiny.js', { 'accept-encoding': 'br' }, 'GET'],
      ['/_next/static/icon.svg', { 'accept-encoding': 'br' }, 'GET'],
      ['/_next/static/chunks/../chunks/app.js', { 'accept-encoding': 'br' }, 'GET'],
      ['/_next/static/chunks/app.js.br', { 'accept-encoding': 'br' }, 'GET'],
      ['/_next/static/chunks/app.js', {}, 'GET'],
      ['/_next/static/chunks/app.js', { 'accept-encoding': 'identity' }, 'GET'],
      ['/_next/static/chunks/app.js', { 'accept-encoding': 'br' }, 'POST'],
    ] as const) {
      const res = await get(url, headers, method);
      expect(res.headers['x-fell-through'], `${method} ${url} ${JSON.stringify(headers)}`).toBe('1');
    }
  });
});
