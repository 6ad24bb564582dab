// The parts of `npm run bench:web` that are its own: the resident's way to each page (real URLs,
// as e2e/booking.ts walks it), Lighthouse on each in mobile mode, the JavaScript a page loads
// above the framework's own chunks, the table, and the goals of issue 22 point 3.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { formatTable } from './stats.mjs';

/** Flags for a browser that talks to nothing but the servers under test. */
export const BROWSER_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** "15 KB": kibibytes, as Lighthouse counts them. */
export const JS_BUDGET = 15 * 1024;

/**
 * @typedef {{ name: string; url: string }} WebPage
 * @typedef {{
 *   performance: number; accessibility: number; bestPractices: number;
 *   jsBytes: number; frameworkJsBytes: number; jsAboveFramework: number; totalBytes: number;
 *   lcpMs: number; tbtMs: number; cls: number; benchmarkIndex: number;
 *   failedAudits: string[]; performanceRuns?: number[];
 * }} PageFigures  scores 0–100; bytes as transferred (compressed, headers included);
 *   performanceRuns: every run's performance score, lowest first (measurePage)
 */

/**
 * The framework's own chunks: Next's root main files and polyfills of this build
 * (`.next/build-manifest.json`), as URL paths.
 * @param {string} root
 * @returns {Set<string>}
 */
export function frameworkChunks(root) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '.next', 'build-manifest.json'), 'utf8'));
  return new Set(
    [...manifest.rootMainFiles, ...manifest.polyfillFiles].map((/** @type {string} */ f) => `/_next/${f}`),
  );
}

/**
 * The resident's way through the booking, in a browser of its own from `address`: the home page,
 * the calendar (regulations accepted, the matter chosen), the first free day's times and the
 * details form of its first time. `book()` then sends "Zarezerwuj" and gives the code page.
 * @param {{ origin: string; executablePath: string; address: string }} opts
 */
export async function walkToDetails({ origin, executablePath, address }) {
  const browser = await chromium.launch({ executablePath, args: BROWSER_FLAGS.slice(1) });
  const context = await browser.newContext({
    baseURL: origin,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  /** @type {WebPage[]} */
  const pages = [{ name: '/', url: `${origin}/` }];
  await page.goto('/rezerwacja/cup/prawa-jazdy');
  await page.getByRole('checkbox', { name: 'Akceptuję Regulamin' }).check();
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.getByRole('radio', { name: 'Wymiana prawa jazdy' }).check();
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.waitForURL((u) => u.searchParams.has('sprawa'));
  await page.getByRole('region', { name: 'Najbliższe dni z wolnymi terminami' }).waitFor();
  pages.push({ name: 'calendar', url: page.url() });
  await page
    .getByRole('region', { name: 'Najbliższe dni z wolnymi terminami' })
    .getByRole('link')
    .first()
    .click();
  await page.waitForURL((u) => u.searchParams.has('dzien'));
  await page.getByRole('region', { name: /^Wolne godziny:/ }).waitFor();
  pages.push({ name: "day's times", url: page.url() });
  await page
    .getByRole('region', { name: /^Wolne godziny:/ })
    .getByRole('link')
    .first()
    .click();
  await page.waitForURL(/\/dane\?/);
  await page.getByLabel('Adres e-mail').waitFor();
  pages.push({ name: 'details form', url: page.url() });
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  return {
    pages,
    /** The cookies the walk was given (the regulations accepted), as a Cookie header. */
    cookies,
    /** @returns {Promise<WebPage>} */
    async book() {
      await page.getByLabel('Adres e-mail').fill(`bench-web-${Date.now()}@example.com`);
      await page.getByRole('button', { name: 'Dalej' }).click();
      await page.getByRole('button', { name: 'Zarezerwuj' }).click();
      await page.waitForURL(/\/wizyta\//);
      await page.getByRole('heading', { level: 1, name: 'Potwierdź rezerwację' }).waitFor();
      return { name: 'code page', url: page.url() };
    },
    close: () => browser.close(),
  };
}

/**
 * A browser for Lighthouse (chrome-launcher, Lighthouse's own launcher, with its default flags).
 * @param {string} executablePath
 */
export async function launchForLighthouse(executablePath) {
  return launch({ chromePath: executablePath, chromeFlags: BROWSER_FLAGS, logLevel: 'silent' });
}

/**
 * Lighthouse's defaults (a mid-range phone, simulated slow 4G and a 4× slower CPU), storage and
 * cache cleared before each run; `runs` runs, the one with the median performance score kept, with
 * every run's score beside it (Lighthouse's own advice for its variability: the median of five).
 * @param {{ port: number; url: string; headers: Record<string, string>; runs: number; framework: Set<string> }} opts
 * @returns {Promise<PageFigures>}
 */
export async function measurePage({ port, url, headers, runs, framework }) {
  /** @type {PageFigures[]} */
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      extraHeaders: headers,
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    results.push(figuresOf(result.lhr, framework));
  }
  results.sort((a, b) => a.performance - b.performance);
  const median = /** @type {PageFigures} */ (results[Math.floor((results.length - 1) / 2)]);
  return { ...median, performanceRuns: results.map((r) => r.performance) };
}

/**
 * @param {import('lighthouse').Result} lhr
 * @param {Set<string>} framework
 * @returns {PageFigures}
 */
export function figuresOf(lhr, framework) {
  const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = /** @type {{ url: string; resourceType?: string; transferSize?: number }[]} */ (
    /** @type {any} */ (lhr.audits['network-requests']?.details)?.items ?? []
  );
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  const sum = (/** @type {typeof scripts} */ rs) => rs.reduce((n, r) => n + (r.transferSize ?? 0), 0);
  const jsBytes = sum(scripts);
  const frameworkJsBytes = sum(scripts.filter((r) => framework.has(new URL(r.url).pathname)));
  const failedAudits = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    jsBytes,
    frameworkJsBytes,
    jsAboveFramework: jsBytes - frameworkJsBytes,
    totalBytes: numeric('total-byte-weight'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failedAudits,
  };
}

/** @param {number} bytes */
export const formatKb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–');

/** @param {{ name: string; figures: PageFigures }[]} rows */
export function formatWebTable(rows) {
  return formatTable(
    ['page', 'perf', 'perf, each run', 'a11y', 'best pr.', 'JS', 'JS above framework', 'total', 'LCP', 'TBT'],
    rows.map(({ name, figures: f }) => [
      name,
      f.performance,
      f.performanceRuns?.join(' ') ?? '–',
      f.accessibility,
      f.bestPractices,
      formatKb(f.jsBytes),
      `${formatKb(f.jsAboveFramework)} ${f.jsAboveFramework <= JS_BUDGET ? '✓' : '✗'}`,
      formatKb(f.totalBytes),
      `${(f.lcpMs / 1000).toFixed(1)} s`,
      `${Math.round(f.tbtMs)} ms`,
    ]),
  );
}

/**
 * The goals of issue 22 point 3, over every page.
 * @param {{ name: string; figures: PageFigures }[]} rows
 * @param {{ iconsLoad: string[] }} icons  the icons that did not load (tab icons, manifest's)
 */
export function checkWebGoals(rows, { iconsLoad }) {
  const worst = (/** @type {(f: PageFigures) => number} */ pick, lowest = true) =>
    rows.reduce((w, r) =>
      (lowest ? pick(r.figures) < pick(w.figures) : pick(r.figures) > pick(w.figures)) ? r : w,
    );
  const at = (/** @type {{ name: string }} */ r, /** @type {string} */ v) => `${v} (${r.name})`;
  const perf = worst((f) => f.performance);
  const a11y = worst((f) => f.accessibility);
  const bp = worst((f) => f.bestPractices);
  const js = worst((f) => f.jsAboveFramework, false);
  return [
    {
      goal: 'performance ≥ 95 on every page',
      value: at(perf, String(perf.figures.performance)),
      ok: perf.figures.performance >= 95,
    },
    {
      goal: 'accessibility 100',
      value: at(a11y, String(a11y.figures.accessibility)),
      ok: a11y.figures.accessibility === 100,
    },
    {
      goal: 'best practices 100',
      value: at(bp, String(bp.figures.bestPractices)),
      ok: bp.figures.bestPractices === 100,
    },
    {
      goal: `JavaScript above the framework's chunks ≤ ${formatKb(JS_BUDGET)} on every page`,
      value: at(js, formatKb(js.figures.jsAboveFramework)),
      ok: js.figures.jsAboveFramework <= JS_BUDGET,
    },
    {
      goal: 'the tab icons and the manifest and its icons load',
      value: iconsLoad.length ? `failed: ${iconsLoad.join(', ')}` : 'all',
      ok: iconsLoad.length === 0,
    },
  ];
}

/**
 * The tab icons a page links and the web manifest with its icons: each answered 200. (The npm
 * browser is a headless shell, which never asks for a tab icon: a missing one would not show in
 * Lighthouse's console check there, as it does in a full Chromium.)
 * @param {string} origin
 * @returns {Promise<string[]>} what failed
 */
export async function checkIcons(origin) {
  const html = await (await fetch(`${origin}/`)).text();
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const href = (/** @type {string} */ tag) => /href="([^"]+)"/.exec(tag)?.[1]?.replaceAll('&amp;', '&');
  const icons = links.filter((l) => /rel="(icon|apple-touch-icon)"/.test(l)).map(href);
  const manifestUrl = links.filter((l) => /rel="manifest"/.test(l)).map(href)[0];
  /** @type {string[]} */
  const failed = [];
  const get = async (/** @type {string} */ url) => {
    const res = await fetch(new URL(url, origin)).catch(() => null);
    if (!res?.ok) failed.push(url);
    return res;
  };
  if (!icons.length) failed.push('no <link rel="icon">');
  for (const url of icons) if (url) await get(url);
  if (!manifestUrl) failed.push('no <link rel="manifest">');
  else {
    const manifest = await (await get(manifestUrl))?.json().catch(() => null);
    for (const icon of manifest?.icons ?? []) await get(icon.src);
  }
  return failed;
}
