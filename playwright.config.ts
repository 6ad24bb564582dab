import { defineConfig, devices } from '@playwright/test';
import { E2E_SMTP_PORT } from './e2e/mail-dir';
import { resolveChromium } from './scripts/lib/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
// Playwright's own arguments plus these; not @sparticuz/chromium's `args` (single process,
// SwiftShader GL: made for serverless, they crash it here).
const chromium = {
  executablePath: await resolveChromium(),
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  // A whole visit (sign-in, several saves, axe sweeps) runs past Playwright's default 30 s on a
  // loaded 2-core machine; a hang still fails, a minute later.
  timeout: 60_000,
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    {
      name: 'mobile',
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, launchOptions: chromium },
    },
  ],
  webServer: {
    // The production build, served as `npm start` does (scripts/server.mjs: the app sees the TCP
    // peer); DATABASE_URL comes from `with-db --throwaway`.
    command: `node scripts/server.mjs -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Local mode with a real SMTP server: e-mails go to the sink, SMS stay at /dev/mailbox.
    env: { SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`, HOLD_LIMIT_PER_HOUR: '200', SIGN_IN_LIMIT: '1000' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
