#!/usr/bin/env node
// Termin's icons from its mark, app/icon.svg (the tab icon of browsers that take SVG): rendered
// by the test browser (scripts/lib/chromium.mjs) into the PNGs and the .ico that other browsers,
// phones' home screens and the web manifest (app/manifest.ts) ask for. The files are committed;
// run this again after changing the mark:
//
//   node scripts/generate-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { resolveChromiumOrExit } from './lib/chromium.mjs';
import { encodeIco } from './lib/ico.mjs';

const root = path.resolve(import.meta.dirname, '..');
const svg = fs.readFileSync(path.join(root, 'app', 'icon.svg'), 'utf8');
// The brand colour (Tailwind's `text-brand`), so a full-bleed icon's edge is the mark's own tile.
const brand = /--color-brand:\s*(#[0-9a-f]{6})/i.exec(
  fs.readFileSync(path.join(root, 'app', 'globals.css'), 'utf8'),
)?.[1];
if (!brand) throw new Error('No --color-brand in app/globals.css');

/**
 * `mark`: the share of the side the mark's tile takes. Full bleed (a home screen, a maskable icon:
 * the platform cuts its own shape) fills the rest with the tile's colour, so only the calendar
 * shows, inside the maskable safe zone (a circle of 80 % of the side) when `mark` ≤ 0.9.
 * @typedef {{ file: string; size: number; bleed?: boolean; mark?: number }} Target
 * @type {Target[]}
 */
const PNGS = [
  { file: 'app/apple-icon.png', size: 180, bleed: true },
  { file: 'public/icons/icon-192.png', size: 192 },
  { file: 'public/icons/icon-512.png', size: 512 },
  { file: 'public/icons/icon-maskable-512.png', size: 512, bleed: true, mark: 0.75 },
];
const FAVICON_SIZES = [16, 32, 48];

const browser = await chromium.launch({
  executablePath: await resolveChromiumOrExit(),
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  /** @param {Target} t */
  const render = async ({ size, bleed = false, mark = 1 }) => {
    await page.setViewportSize({ width: size, height: size });
    const side = Math.round(size * mark);
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;` +
        `background:${bleed ? brand : 'transparent'}"><img src="${src}" width="${side}" height="${side}"></body>`,
    );
    await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
    return page.screenshot({ omitBackground: !bleed, type: 'png' });
  };
  for (const target of PNGS) {
    fs.mkdirSync(path.dirname(path.join(root, target.file)), { recursive: true });
    fs.writeFileSync(path.join(root, target.file), await render(target));
    console.log(`${target.file} (${target.size} px)`);
  }
  const images = [];
  for (const size of FAVICON_SIZES) images.push({ size, png: await render({ file: '', size }) });
  fs.writeFileSync(path.join(root, 'app', 'favicon.ico'), encodeIco(images));
  console.log(`app/favicon.ico (${FAVICON_SIZES.join(', ')} px)`);
} finally {
  await browser.close();
}
