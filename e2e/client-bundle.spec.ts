// No sentence of the catalogue is shipped to the browser unasked (issue 20): client components
// get their words as props from the server, so no built client chunk holds a catalogue text; and
// `/` loads no more JavaScript than before (what the browser's network log says went over the
// wire for its scripts, compressed, at 360 px). Reads the production build the e2e server runs.
import fs from 'node:fs';
import path from 'node:path';
import { TYPE, parse } from '@formatjs/icu-messageformat-parser';
import { expect, test } from '@playwright/test';
import { pl } from '../lib/i18n/messages/pl';

test.skip(({ isMobile }) => !isMobile, 'the build is the same for every screen; counted at 360 px');

/** The most `/` may load: its JavaScript two weeks before issue 20 (141 KB compressed). */
const HOME_JS_BUDGET = 141 * 1024;
/** Shorter pieces ("Anuluj", "Dalej") could be any word of the code; these are sentences. */
const MIN_PIECE = 14;

/** Every text's pieces of fixed wording: the literal parts between its parameters. */
function cataloguePieces(): Map<string, string> {
  const pieces = new Map<string, string>();
  const walk = (node: object, prefix: string) => {
    for (const [k, v] of Object.entries(node))
      if (typeof v !== 'string') walk(v as object, `${prefix}${k}.`);
      else
        for (const e of parse(v))
          if (e.type === TYPE.literal && e.value.trim().length >= MIN_PIECE)
            pieces.set(e.value.trim(), prefix + k);
  };
  walk(pl, '');
  return pieces;
}

/** A chunk's text with its string escapes undone, as a sentence inside it would read. */
function readChunk(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(["'`\\])/g, '$1');
}

test('no built client chunk holds a sentence of the catalogue', () => {
  const dir = path.join(process.cwd(), '.next', 'static', 'chunks');
  const chunks = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => [f, readChunk(path.join(dir, f))] as const);
  expect(chunks.length).toBeGreaterThan(5);
  const pieces = cataloguePieces();
  expect(pieces.size).toBeGreaterThan(500);
  const shipped = [...pieces]
    .flatMap(([piece, key]) =>
      chunks.filter(([, text]) => text.includes(piece)).map(([f]) => `${key} in ${f}`),
    )
    .slice(0, 20);
  expect(shipped).toEqual([]);
});

test('`/` loads at most 141 KB of JavaScript, compressed', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // What the network log says went over the wire for each script, less its response headers
  // (about 550 bytes each, and whatever a proxy adds or drops): the code itself, compressed.
  const headers = new Map<string, number>();
  let bytes = 0;
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') headers.set(e.requestId, e.response.encodedDataLength);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const head = headers.get(e.requestId);
    if (head !== undefined) bytes += e.encodedDataLength - head;
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  expect(headers.size).toBeGreaterThan(0);
  expect(bytes, `${(bytes / 1024).toFixed(1)} KB in ${headers.size} scripts`).toBeLessThanOrEqual(
    HOME_JS_BUDGET,
  );
});
