#!/usr/bin/env node
// The production server: Next.js's own request handler behind a plain Node HTTP server, so the
// app learns the TCP peer's address, which `next start` keeps to itself (it only fills
// X-Forwarded-For when a request has none, so a client without a proxy in front could name any
// address it likes). Every request gets the peer in PEER_HEADER, and whatever a client sent
// under that name is dropped first. Used by `npm start` and the end-to-end tests; see
// docs/decisions/014-edge-security.md.
//
//   node scripts/server.mjs [-p PORT] [-H HOST]      (PORT, default 3000; 0 picks a free port)
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compressStatic, serveStaticAsset } from './lib/static-assets.mjs';

// A name of this process's own (lib/server/core/rate-limit.ts reads it from TERMIN_PEER_HEADER):
// a value copied into a .env file and served by plain `next start` names no header a client
// could guess; every header of the x-termin-peer family a client sends is dropped.
const PEER_PREFIX = 'x-termin-peer';
const PEER_HEADER = `${PEER_PREFIX}-${crypto.randomBytes(12).toString('hex')}`;
const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`[termin] Nieprawidłowy port: ${args.port ?? process.env.PORT}`);
  process.exit(2);
}

Object.assign(process.env, { NODE_ENV: 'production' });
// Tells the app, inside this process only, that PEER_HEADER was set here and can be trusted.
process.env.TERMIN_PEER_HEADER = PEER_HEADER;

// What next.config.ts adds to every answer, for the files this server answers itself.
/** @type {Record<string, string>} */
const staticHeaders = JSON.parse(
  fs.readFileSync(path.join(root, 'lib', 'http', 'static-security-headers.json'), 'utf8'),
);
/** The build's scripts and stylesheets, compressed once (decision 042); empty until they are. */
let assets = new Map();

let handle;
const server = http.createServer((req, res) => {
  if (serveStaticAsset({ assets, req, res, headers: staticHeaders })) return;
  if (!handle) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' });
    res.end('Termin uruchamia się. Spróbuj za chwilę.');
    return;
  }
  for (const name of Object.keys(req.headers)) if (name.startsWith(PEER_PREFIX)) delete req.headers[name];
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
  // A server action's redirect is rendered through a request Next.js makes to this server
  // (action-handler.ts, createRedirectRenderResult), which carries the action's response headers,
  // x-action-redirect among them, and asks for gzip (fetch's default): Next.js would compress
  // that page, inflate it again and compress it once more for the browser. Answered
  // uncompressed, it is compressed once. (A client sending the header only gets its page
  // uncompressed.)
  if (req.headers['x-action-redirect'] !== undefined) delete req.headers['accept-encoding'];
  handle(req, res).catch((e) => {
    console.error('[termin] request failed', e);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end();
  });
});

server.listen(port, hostname, async () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  try {
    const { default: next } = await import('next');
    const app = next({ dev: false, dir: root, hostname: hostname ?? 'localhost', port: actualPort });
    await app.prepare();
    handle = app.getRequestHandler();
  } catch (e) {
    console.error(`[termin] Next.js nie wystartował (czy jest build? npm run build): ${e?.stack ?? e}`);
    process.exit(1);
  }
  // The copies `npm run build` wrote beside the files, read (or made, if it wrote none); Next.js
  // answers those files meanwhile.
  compressStatic(root)
    .then(({ assets: compressed, unsaved }) => {
      assets = compressed;
      if (unsaved.count)
        console.warn(
          `[termin] ${unsaved.count} skompresowanych kopii nie zapisano (są tylko w pamięci): ${unsaved.first}`,
        );
    })
    .catch((e) => console.error(`[termin] Kompresja plików statycznych nie powiodła się: ${e?.stack ?? e}`));
  const shown = !hostname || hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  console.log(`[termin] Gotowe: http://${shown}:${actualPort}`);
});
server.on('error', (e) => {
  console.error(`[termin] Serwer HTTP nie wystartował: ${e.message}`);
  process.exit(1);
});

// The database supervisor sends SIGTERM/SIGINT and stops the database after we exit; the outbox
// worker's timer would keep the process alive, so exit once open requests are answered.
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
