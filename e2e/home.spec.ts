import { expect, test } from '@playwright/test';
import pg from 'pg';
import { expectNoAxeViolations } from './axe';
import { announceCatalogueEdit } from './staff';

const CUP_CATEGORIES = [
  'Sprawy obywatelskie',
  'Rejestracja pojazdu',
  'Wyrejestrowanie / zgłoszenie zbycia',
  'Odbiory dowodów rejestracyjnych / Adnotacje',
  'Prawa jazdy',
  'Flota',
];

test.describe('the home page', () => {
  test('lists both offices with their addresses and every category, and the matters needing no booking', async ({
    page,
  }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Rezerwacja terminu wizyty w Urzędzie Miasta Opola',
    );

    const wso = page.getByRole('region', { name: 'Wydział Spraw Obywatelskich' });
    await expect(wso).toContainText('pl. Wolności 7-8');
    await expect(wso.getByRole('link', { name: 'Sprawy obywatelskie' })).toHaveAttribute(
      'href',
      '/rezerwacja/wso/sprawy-obywatelskie',
    );
    await expect(wso).toContainText('pokój nr 5');
    await expect(wso.getByRole('link', { name: '77 54 11 357' })).toBeVisible();
    await expect(wso.getByRole('link', { name: '77 54 11 382' })).toBeVisible();

    const cup = page.getByRole('region', { name: 'Centrum Usług Publicznych' });
    await expect(cup).toContainText('ul. Rotmistrza Witolda Pileckiego');
    for (const name of CUP_CATEGORIES) {
      await expect(cup.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });

  test('has no accessibility violations (axe)', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
  });

  test('leads on to a category, which opens with the regulations', async ({ page }) => {
    // The category links are plain links that SoftLinks follows without loading the page again,
    // and nothing is fetched ahead of a click (decision 042): no prefetch of any category.
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.headers()['rsc'] || new URL(r.url()).searchParams.has('_rsc')) fetched.push(r.url());
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.evaluate(() => Object.assign(window, { kept: true }));
    await page
      .getByRole('region', { name: 'Centrum Usług Publicznych' })
      .getByRole('link', { name: 'Prawa jazdy' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prawa jazdy');
    await expect(page.getByRole('checkbox', { name: 'Akceptuję Regulamin' })).toBeVisible();
    expect(await page.evaluate(() => (window as { kept?: boolean } & Window).kept)).toBe(true);
    await expectNoAxeViolations(page);
  });

  test('is rendered per request: a change in the database shows without a rebuild', async ({ page }) => {
    const db = new pg.Client(process.env.DATABASE_URL);
    await db.connect();
    const marker = `Sprawy obywatelskie ${test.info().project.name}-${Date.now()}`;
    try {
      await db.query(
        `UPDATE "ServiceCategory" SET description = $1 WHERE slug = 'sprawy-obywatelskie' AND "officeId" = (SELECT id FROM "Office" WHERE slug = 'wso')`,
        [marker],
      );
      // An edit made behind the app's back is announced, as README asks (decision 035).
      await announceCatalogueEdit(db);
      // The copies are dropped when the notification arrives, a few milliseconds later.
      await expect(async () => {
        await page.goto('/');
        await expect(page.getByText(marker)).toBeVisible({ timeout: 1_000 });
      }).toPass();
    } finally {
      await db.end();
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page and the links onward work', async ({ page }) => {
    await page.goto('/');
    await expect(
      page.getByRole('region', { name: 'Centrum Usług Publicznych' }).getByRole('link', { name: 'Flota' }),
    ).toBeVisible();
    await page
      .getByRole('region', { name: 'Centrum Usług Publicznych' })
      .getByRole('link', { name: 'Flota' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flota');
  });
});

test('has a tab icon, and a web manifest in the brand colour whose icons load', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  const icons = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(icons.some((href) => new URL(href).pathname === '/favicon.ico')).toBe(true);
  expect(icons.some((href) => new URL(href).pathname === '/icon.svg')).toBe(true);
  const types: Record<string, RegExp> = { '.ico': /icon/, '.svg': /svg/, '.png': /png/ };
  const loads = async (href: string) => {
    const res = await page.request.get(href);
    expect(res.status(), href).toBe(200);
    const ext = /\.\w+$/.exec(new URL(href, page.url()).pathname)![0];
    expect(res.headers()['content-type'], href).toMatch(types[ext]!);
  };
  for (const href of icons) await loads(href);

  const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(manifestHref!)).json();
  expect(manifest).toMatchObject({ name: 'Termin — Urząd Miasta Opola', lang: 'pl', start_url: '/' });
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of manifest.icons) await loads(icon.src);
  // The manifest's colour is the one the headings are drawn in (Tailwind's text-brand).
  const brand = await page
    .getByRole('heading', { level: 1 })
    .evaluate((h) => getComputedStyle(h).color.match(/\d+/g)!.map(Number));
  const hex = manifest.theme_color.match(/[0-9a-f]{2}/gi).map((h: string) => parseInt(h, 16));
  expect(hex).toEqual(brand);
  expect(errors).toEqual([]);
});

test('the local mailbox is there in local mode', async ({ page }) => {
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skrzynka deweloperska');
});

test('an unknown address or a broken e-mail link gets a page in Polish, not a stack trace', async ({
  page,
}) => {
  for (const path of [
    '/nie-ma-takiej-strony',
    '/wizyta/zly-token-0123456789abcdef',
    '/rezerwacja/cup/nie-ma',
  ]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nie znaleziono strony');
  }
  await expectNoAxeViolations(page);
});
