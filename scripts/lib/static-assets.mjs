// The build's scripts and stylesheets, compressed once instead of once a request (decision 042).
// Next.js gzips every answer as it goes out, `/_next/static` included: each first visit made the
// server deflate the same 450 KB of framework JavaScript again (about 5 ms of CPU for React DOM
// alone), and browsers got gzip where they ask for Brotli. The production server
// (scripts/server.mjs) writes a `.br` (quality 11) and a `.gz` (level 9) beside each file once
// per build, keeps them in memory and answers from them; whatever it does not hold (another
// type, a file of a newer build, a client that takes neither encoding) goes to Next.js as before.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The types compressed ahead, as Next.js names them when it serves the same files. */
const TYPES = /** @type {const} */ ({
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
});
/** Smaller files gain nothing from it (Next.js's own threshold for compressing is 1 KB too). */
const MIN_BYTES = 1024;
/** The encodings kept, best first. */
const ENCODINGS = /** @type {const} */ (['br', 'gzip']);
const SUFFIX = { br: '.br', gzip: '.gz' };

/**
 * @typedef {{ body: Buffer; etag: string }} Variant
 * @typedef {{ type: string; br: Variant; gzip: Variant }} Asset
 * @typedef {Map<string, Asset>} Assets  by URL path (`/_next/static/chunks/….js`)
 */

/** @param {string} dir */
function* filesUnder(dir) {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* filesUnder(p);
    else if (e.isFile()) yield p;
  }
}

/** @param {string} file */
const typeOf = (file) => TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))];

/**
 * Writes the `.br` and `.gz` of every script and stylesheet of the build in `root` that has none
 * yet (or an older one), through zlib's thread pool, so a server doing it at start still answers.
 * Each is written under a name of its own and renamed, so servers starting together on one build
 * never read half a file.
 * @param {string} root
 */
export async function precompressStatic(root) {
  const work = [];
  for (const file of filesUnder(path.join(root, '.next', 'static'))) {
    if (!typeOf(file)) continue;
    const source = fs.statSync(file);
    if (source.size < MIN_BYTES) continue;
    for (const encoding of ENCODINGS) {
      const target = file + SUFFIX[encoding];
      if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= source.mtimeMs) continue;
      work.push(
        (async () => {
          const raw = await fs.promises.readFile(file);
          const packed =
            encoding === 'br'
              ? await brotli(raw, {
                  params: {
                    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
                  },
                })
              : await gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION });
          const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
          await fs.promises.writeFile(temp, packed);
          await fs.promises.rename(temp, target);
        })(),
      );
    }
  }
  await Promise.all(work);
}

/**
 * The compressed scripts and stylesheets of the build in `root`, read into memory (some 300 KB a
 * build): only files with both encodings written after the file itself.
 * @param {string} root
 * @returns {Assets}
 */
export function loadStaticAssets(root) {
  const staticDir = path.join(root, '.next', 'static');
  /** @type {Assets} */
  const assets = new Map();
  for (const file of filesUnder(staticDir)) {
    const type = typeOf(file);
    if (!type) continue;
    const mtime = fs.statSync(file).mtimeMs;
    /** @type {Partial<Record<(typeof ENCODINGS)[number], Variant>>} */
    const variants = {};
    for (const encoding of ENCODINGS) {
      const packed = file + SUFFIX[encoding];
      if (!fs.existsSync(packed) || fs.statSync(packed).mtimeMs < mtime) break;
      const body = fs.readFileSync(packed);
      const hash = crypto.createHash('sha256').update(body).digest('base64url').slice(0, 22);
      variants[encoding] = { body, etag: `"${hash}"` };
    }
    if (!variants.br || !variants.gzip) continue;
    const url = `/_next/static/${path.relative(staticDir, file).split(path.sep).join('/')}`;
    assets.set(url, { type, br: variants.br, gzip: variants.gzip });
  }
  return assets;
}

/**
 * The encoding to answer with: Brotli if the client takes it, else gzip, else none (identity is
 * left to Next.js). `q=0` refuses an encoding; `*` stands for any not named.
 * @param {string | undefined} header  Accept-Encoding
 * @returns {(typeof ENCODINGS)[number] | undefined}
 */
export function pickEncoding(header) {
  if (!header) return undefined;
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    if (name) q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const any = q.get('*');
  return ENCODINGS.find((e) => (q.get(e) ?? any ?? 0) > 0);
}

/**
 * Answers a GET or HEAD of a compressed script or stylesheet, with the headers Next.js gives the
 * same file (`headers`: the app's security headers from next.config.ts). False when it is not one
 * of `assets` or the client takes neither encoding: Next.js answers then.
 * @param {Assets} assets
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Record<string, string>} headers
 */
export function serveStaticAsset(assets, req, res, headers) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const asset = assets.get(query < 0 ? url : url.slice(0, query));
  if (!asset) return false;
  const encoding = pickEncoding(req.headers['accept-encoding']);
  if (!encoding) return false;
  const { body, etag } = asset[encoding];
  res.setHeaders(new Map(Object.entries(headers)));
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.setHeader('Content-Type', asset.type);
  res.setHeader('Content-Encoding', encoding);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', etag);
  const known = req.headers['if-none-match'];
  if (known && known.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.setHeader('Content-Length', body.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
