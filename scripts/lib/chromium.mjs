// Playwright cannot download its browsers here; it drives Debian's Chromium instead.
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

export const CHROMIUM_HELP =
  'Nie znaleziono przeglądarki Chromium, potrzebnej do testów end-to-end.\n' +
  'Zainstaluj ją:   sudo apt-get install -y chromium\n' +
  'albo wskaż istniejącą:   CHROMIUM_PATH=/ścieżka/do/chromium npm test';
