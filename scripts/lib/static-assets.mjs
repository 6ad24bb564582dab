// The build's scripts and stylesheets, compressed once instead of once a request (decision 042).
// Next.js gzips every answer as it goes out, `/_next/static` included: each first visit made the
// server deflate the same 450 KB of framework JavaScript again (about 8 ms of CPU for React DOM
// alone), and browsers got gzip where they ask for Brotli. `npm run build` writes each file's
// copies once (Brotli quality 11, gzip level 9; scripts/compress-static.mjs), the production
// server (scripts/server.mjs) reads them at start, or makes them if there are none, keeps them in
// memory and answers from them; whatever it does not hold (another type, a file of a newer build,
// a client that takes neither encoding) goes to Next.js as before.
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
/** The encodings kept, best first (the one chosen when a client weighs both alike). */
const ENCODINGS = /** @type {const} */ (['br', 'gzip']);
const SUFFIX = { br: '.br', gzip: '.gz' };
/**
 * Files compressed at a time: zlib's work runs in libuv's pool of 4 threads, which file reads
 * and password hashing share, so they never wait long behind it.
 */
const AT_ONCE = 2;

/**
 * @typedef {(typeof ENCODINGS)[number]} Encoding
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
 * A file's copy in one encoding: the one beside it if it is newer than the file (its `mtimeMs`;
 * the build step or an earlier start wrote it), else made now and written there for the next
 * start. Writing is only a cache: a read-only or full disk leaves the copy in memory and says why
 * in `unsaved`.
 * @param {{ file: string; mtimeMs: number; encoding: Encoding; unsaved: { count: number; first?: string } }} opts
 * @returns {Promise<Variant>}
 */
async function variantOf({ file, mtimeMs, encoding, unsaved }) {
  const target = file + SUFFIX[encoding];
  const saved = await fs.promises.stat(target).catch(() => null);
  let body;
  if (saved?.isFile() && saved.mtimeMs >= mtimeMs) body = await fs.promises.readFile(target);
  else {
    const raw = await fs.promises.readFile(file);
    body =
      encoding === 'br'
        ? await brotli(raw, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          })
        : await gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION });
    // Under a name of its own, then renamed: servers starting together never read half a file.
    const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    try {
      await fs.promises.writeFile(temp, body);
      await fs.promises.rename(temp, target);
    } catch (e) {
      await fs.promises.rm(temp, { force: true }).catch(() => {});
      unsaved.count++;
      unsaved.first ??= `${target}: ${/** @type {Error} */ (e).message}`;
    }
  }
  const hash = crypto.createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return { body, etag: `"${hash}"` };
}

/**
 * Every script and stylesheet of 1 KB or more of the build in `root`, compressed in both
 * encodings (some 450 KB in all), a few files at a time so that the server answers meanwhile.
 * @param {string} root
 * @returns {Promise<{ assets: Assets; unsaved: { count: number; first?: string } }>}
 */
export async function compressStatic(root) {
  const staticDir = path.join(root, '.next', 'static');
  const files = [...filesUnder(staticDir)]
    .filter((file) => typeOf(file))
    .map((file) => ({ file, stat: fs.statSync(file) }))
    .filter(({ stat }) => stat.size >= MIN_BYTES);
  /** @type {Assets} */
  const assets = new Map();
  const unsaved = { count: 0 };
  const worker = async () => {
    for (let next = files.pop(); next; next = files.pop()) {
      const { file, stat } = next;
      const br = await variantOf({ file, mtimeMs: stat.mtimeMs, encoding: 'br', unsaved });
      const gz = await variantOf({ file, mtimeMs: stat.mtimeMs, encoding: 'gzip', unsaved });
      const url = `/_next/static/${path.relative(staticDir, file).split(path.sep).join('/')}`;
      assets.set(url, { type: /** @type {string} */ (typeOf(file)), br, gzip: gz });
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return { assets, unsaved };
}

/**
 * The encoding to answer with: of Brotli and gzip, the one the client weighs highest (Brotli on a
 * tie), else none (identity is left to Next.js). `q=0` refuses an encoding; `*` stands for any
 * not named.
 * @param {string | undefined} header  Accept-Encoding
 * @returns {Encoding | undefined}
 */
export function pickEncoding(header) {
  if (!header) return undefined;
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    if (name.trim()) q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  /** @type {Encoding | undefined} */
  let best;
  let bestQ = 0;
  for (const e of ENCODINGS) {
    const weight = q.get(e) ?? q.get('*') ?? 0;
    if (weight > bestQ) [best, bestQ] = [e, weight];
  }
  return best;
}

/**
 * Answers a GET or HEAD of a compressed script or stylesheet, with the headers Next.js gives the
 * same file and `headers` (the app's static security headers). False when it is not one of
 * `assets` or the client takes neither encoding: Next.js answers then.
 * @param {{
 *   assets: Assets;
 *   req: import('node:http').IncomingMessage;
 *   res: import('node:http').ServerResponse;
 *   headers: Record<string, string>;
 * }} opts
 */
export function serveStaticAsset({ assets, req, res, headers }) {
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
  if (known && known.split(',').some((t) => ['*', etag].includes(t.trim().replace(/^W\//, '')))) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.setHeader('Content-Length', body.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
