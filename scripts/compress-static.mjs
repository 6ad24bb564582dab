#!/usr/bin/env node
// The second step of `npm run build`, also run by buildIfNeeded before every test and benchmark
// run: the build's scripts and stylesheets compressed once and written beside each file, so a
// server starting on this build finds them and has nothing to compress (decision 042). A server
// that finds none compresses them itself just after it starts.
//
//   node scripts/compress-static.mjs [ROOT]      (ROOT: the checkout whose .next it is; this one)
import path from 'node:path';
import { compressStatic } from './lib/static-assets.mjs';

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
const startedAt = Date.now();
const { assets, unsaved } = await compressStatic(root);
if (unsaved.count) {
  console.error(`[termin] Nie zapisano ${unsaved.count} skompresowanych kopii: ${unsaved.first}`);
  process.exit(1);
}
console.log(`[termin] Skrypty i style skompresowane (plików: ${assets.size}, ${Date.now() - startedAt} ms).`);
