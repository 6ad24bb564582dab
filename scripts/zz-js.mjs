import path from 'node:path';
import { chromium } from '@playwright/test';
import { resolveChromium } from './lib/chromium.mjs';
import { startStack } from './lib/bench/stack.mjs';
const root = path.resolve(import.meta.dirname, '..');
const against = process.argv[2];
const stack = await startStack({ root, instances: 1, serverRoots: against ? [against] : [] });
try {
  const browser = await chromium.launch({ executablePath: await resolveChromium(), args: ['--no-sandbox'] });
  for (const p of ['/', '/rezerwacja/cup/prawa-jazdy']) {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const scripts = new Set(); let bytes = 0;
    cdp.on('Network.responseReceived', (e) => { if (e.type === 'Script') scripts.add(e.requestId); });
    cdp.on('Network.loadingFinished', (e) => { if (scripts.has(e.requestId)) bytes += e.encodedDataLength; });
    await page.goto(stack.servers[0].origin + p, { waitUntil: 'networkidle' });
    console.log(p, (bytes / 1024).toFixed(1), 'KB in', scripts.size, 'scripts');
    await page.close();
  }
  await browser.close();
} finally { await stack.stop(); }
