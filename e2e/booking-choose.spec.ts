import { type Page, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function acceptRegulations(page: Page) {
  await expect(page.getByRole('heading', { name: /Regulamin internetowej rezerwacji/ })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Akceptuję Regulamin' }).check();
  await page.getByRole('button', { name: 'Dalej' }).click();
}

test.describe('choosing a time', () => {
  test('refusing the regulations says how to book instead', async ({ page }) => {
    await page.goto('/rezerwacja/wso/sprawy-obywatelskie');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Dalej' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Akceptuję Regulamin' });
    await expect(alert).toContainText('zaznacz „Akceptuję Regulamin”');
    await expect(alert.getByRole('link', { name: '77 54 11 361' })).toBeVisible();
    await expect(alert).toContainText('pobrać bilet z numerem bezpośrednio w budynku');
    await expect(page.getByRole('checkbox', { name: 'Akceptuję Regulamin' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  test('regulations → matter with its PEUP link → calendar → a day’s free times', async ({ page }) => {
    await page.goto('/rezerwacja/wso/sprawy-obywatelskie');
    await acceptRegulations(page);
    await expect(page.getByRole('group', { name: 'Wybierz sprawę' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: /Co zabrać.*\(Odbiór nowego dowodu osobistego\)/ }),
    ).toHaveAttribute('href', 'https://peup.um.opole.pl/sprawy/dowod-osobisty-odbior');
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'Zameldowanie i wymeldowanie' }).check();
    await page.getByRole('button', { name: 'Dalej' }).click();

    await expect(page.getByText('Zameldowanie i wymeldowanie')).toBeVisible();
    const calendar = page.getByRole('table');
    await expect(calendar).toBeVisible();
    // Weekends are closed, in words as well as by colour.
    await expect(calendar.getByRole('img', { name: /sobota.*urząd nieczynny/ }).first()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Legenda' })).toContainText(
      'niebieskie — są dostępne godziny',
    );
    await expectNoAxeViolations(page);

    const firstFree = page
      .getByRole('region', { name: 'Najbliższe dni z wolnymi terminami' })
      .getByRole('link')
      .first();
    // The days and times are plain links that SoftLinks follows without loading the page again
    // (decision 041): what this page's scripts hold survives every step.
    const kept = () => page.evaluate(() => (window as { kept?: boolean } & Window).kept === true);
    await page.evaluate(() => Object.assign(window, { kept: true }));
    await firstFree.click();
    await expect(page.getByRole('heading', { name: /^Wolne godziny:/ })).toBeVisible();
    const times = page.getByRole('region', { name: /^Wolne godziny:/ }).locator('time');
    expect(await times.count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    expect(await kept()).toBe(true);

    const otherDay = calendar.getByRole('link').last();
    const otherName = (await otherDay.getAttribute('aria-label'))!.split(':')[0]!;
    await otherDay.click();
    await expect(page.getByRole('heading', { name: `Wolne godziny: ${otherName}` })).toBeVisible();
    await expect(calendar.locator('[aria-current="date"]')).toHaveAttribute('aria-label', /.+/);
    await page
      .getByRole('region', { name: /^Wolne godziny:/ })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twoje dane');
    expect(await kept()).toBe(true);
  });

  test('a PEUP link-in opens the flow with the matter chosen, after the regulations', async ({ page }) => {
    await page.goto('/rezerwacja/cup/prawa-jazdy?sprawa=wymiana');
    await acceptRegulations(page);
    await expect(page).toHaveURL(/\/rezerwacja\/cup\/prawa-jazdy\?sprawa=wymiana$/);
    await expect(page.getByText('Wymiana prawa jazdy', { exact: true })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
  });

  test('the month’s days and a day’s times reach the page as a compact list, not as its elements', async ({
    page,
  }) => {
    await page.goto('/rezerwacja/cup/prawa-jazdy?sprawa=wymiana');
    await acceptRegulations(page);
    // The first free day, in whatever month it falls (the month shown first may have none left).
    await page
      .getByRole('region', { name: 'Najbliższe dni z wolnymi terminami' })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByRole('heading', { name: /^Wolne godziny:/ })).toBeVisible();
    const html = await (await page.request.get(page.url())).text();
    // What React reads back on every request and the phone parses again: the page's inline data
    // (decision 043). The cells and the times are in the HTML, rendered from a few words each.
    const data = [...html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)]
      .map((m) => m[1])
      .join('');
    const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');
    expect(markup).toContain('class="cal-day cal-available');
    expect(markup).toContain('class="free-time"');
    expect(data).toContain('MonthGrid');
    expect(data).not.toContain('cal-day');
    expect(data).not.toContain('free-time');
  });

  test('the next free time of a category is published as JSON for PEUP, cached for 60 s', async ({
    request,
  }) => {
    const res = await request.get('/api/v1/categories/cup/prawa-jazdy/next-free');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toContain('max-age=60');
    const body = await res.json();
    expect(body).toMatchObject({ category: { slug: 'prawa-jazdy', name: 'Prawa jazdy' }, phoneOnly: false });
    expect(new Date(body.nextFree.startsAt).getTime()).toBeGreaterThan(Date.now());
    expect((await request.get('/api/v1/categories/cup/nie-ma/next-free')).status()).toBe(404);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the regulations, the matter and the calendar work as plain forms and links', async ({ page }) => {
    await page.goto('/rezerwacja/cup/flota');
    await acceptRegulations(page);
    await page.getByRole('button', { name: 'Dalej' }).click(); // the only matter is preselected
    await expect(page.getByRole('table')).toBeVisible();
  });
});
