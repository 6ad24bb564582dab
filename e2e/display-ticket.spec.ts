import { type Browser, type Page, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openCategoryNow, typeOnKeypad } from './kiosk';
import { signInAsAdmin } from './staff';

const PORTRAIT = { width: 1080, height: 1920 };
const PHONE = { width: 360, height: 780 };
const TV = { width: 1920, height: 1080 };

/**
 * The waiting room at work, four screens at once on a CUP category open right now: the ticket
 * machine prints a ticket, the phone that scanned its QR code follows it, the counter calls it, and
 * the display in the hall shows the call within a second — as does the phone.
 */
test('a call from the counter reaches the waiting-room display and the phone at once', async ({
  page,
  browser,
}) => {
  test.skip(test.info().project.name === 'mobile', 'four screens in one test; the phone is one of them');
  test.slow();
  const category = await openCategoryNow('cup', 'X');

  // The hall's display, before anything happens: no JavaScript needed to read it, sound on demand.
  const tvContext = await browser.newContext({ viewport: TV });
  const tv = await tvContext.newPage();
  await tv.goto('/display/cup');
  await expect(tv.getByRole('heading', { level: 1 })).toHaveText('Centrum Usług Publicznych');
  await tv.getByRole('button', { name: 'Włącz dźwięk' }).click();
  await expect(tv.getByRole('button', { name: 'Włącz dźwięk' })).toHaveCount(0);
  await expectNoAxeViolations(tv);

  // A kiosk paired by an administrator prints a walk-in ticket with a QR code of its live link.
  const kiosk = await pairedKiosk(browser, page);
  await kiosk.getByRole('link', { name: /Bez rezerwacji/ }).click();
  await kiosk.getByRole('button', { name: category.name, exact: true }).click();
  const printed = kiosk.getByRole('region', { name: 'Twój numer' });
  const number = (await printed.getByText(/^XW\d{2}$/).textContent())!;
  await expect(printed.getByRole('img', { name: 'Kod QR z linkiem do biletu w telefonie' })).toBeVisible();
  const liveUrl = (await printed.locator('.kiosk-ticket-url').textContent())!;
  expect(liveUrl).toMatch(/\/bilet\/[A-Za-z0-9_-]{46}$/);
  const waitingRow = tv.getByRole('listitem').filter({ hasText: category.name });
  await expect(waitingRow).toContainText('1 osoba');

  // The phone that scanned it: the ticket, nobody ahead, an estimate; accessible at 360 px.
  const phoneContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const phone = await phoneContext.newPage();
  await phone.goto(new URL(liveUrl).pathname);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Twój bilet');
  await expect(phone.getByText(number, { exact: true })).toBeVisible();
  await expect(phone.getByText('Twój bilet jest następny w kolejce.')).toBeVisible();
  await expect(phone.getByText(/Szacowany czas oczekiwania: około \d+ min\./)).toBeVisible();
  await expectNoAxeViolations(phone);
  await phone.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(phone);
  await phone.setViewportSize(PHONE);

  // The counter calls it: the display shows it within a second, and so does the phone.
  await setUpCounter(page, category.name);
  await page.getByRole('button', { name: 'Wezwij następnego' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Wezwano ${number} do stanowiska 4.` }),
  ).toBeVisible();
  const currentCall = tv.getByRole('region', { name: 'Zapraszamy' });
  await expect(currentCall).toContainText(number, { timeout: 1_000 });
  await expect(currentCall).toContainText('stanowisko 4');
  await expect(waitingRow).toContainText('0 osób');
  await expect(phone.getByText('Zapraszamy do stanowiska 4.')).toBeVisible({ timeout: 1_000 });
  await expectNoAxeViolations(tv);
  await tv.setViewportSize(PHONE);
  await expectNoAxeViolations(tv);
  await tv.setViewportSize(TV);
  await expectNoAxeViolations(phone);

  // Served: the phone says so; the display keeps the call among the last ones once another comes.
  await page.getByRole('button', { name: 'Zakończ' }).click();
  await expect(phone.getByText('Obsługa zakończona. Dziękujemy!')).toBeVisible();

  // Nothing personal on the display; a forged link shows the expired page, answered 404.
  await expect(tv.locator('body')).not.toContainText('@');
  const forged = await phone.goto(`/bilet/${'A'.repeat(46)}`);
  expect(forged?.status()).toBe(404);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Bilet nieaktualny');
  await expect(phone.getByText('Link działa tylko w dniu wydania biletu.')).toBeVisible();

  // Without JavaScript the display refreshes itself.
  const plainContext = await browser.newContext({ viewport: TV, javaScriptEnabled: false });
  const plain = await plainContext.newPage();
  await plain.goto('/display/cup');
  await expect(plain.locator('meta[http-equiv="refresh"]')).toHaveAttribute('content', '5');
  await expect(plain.getByRole('region', { name: 'Zapraszamy' })).toContainText(number);
  await Promise.all([plainContext.close(), phoneContext.close(), tvContext.close(), kiosk.context().close()]);
});

/** A kiosk browser paired from /admin/biletomat (the administrator signs in on `page`). */
async function pairedKiosk(browser: Browser, page: Page): Promise<Page> {
  await signInAsAdmin(page);
  await page.goto('/admin/biletomat?biuro=cup');
  await page.getByLabel('Nazwa urządzenia').fill('Biletomat w poczekalni');
  await page.getByRole('button', { name: 'Utwórz kod parowania' }).click();
  const code = (await page.getByText(/^\d{4} \d{4}$/).textContent())!.replace(' ', '');
  const context = await browser.newContext({ viewport: PORTRAIT });
  await context.addInitScript(() => {
    window.print = () => undefined;
  });
  const kiosk = await context.newPage();
  await kiosk.goto('/kiosk/cup');
  await typeOnKeypad(kiosk, code);
  await kiosk.getByRole('button', { name: 'Sparuj urządzenie' }).click();
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText('Pobierz bilet');
  return kiosk;
}

/** Counter 4 of CUP, serving the test category. */
async function setUpCounter(page: Page, categoryName: string) {
  await page.goto('/admin/stanowisko?biuro=cup');
  await page.getByLabel('Numer stanowiska').fill('4');
  await page.getByLabel(`${categoryName} (X)`).check();
  await page.getByRole('button', { name: 'Zapisz stanowisko' }).click();
  await expect(page.getByText(`Stanowisko 4, kategorie: ${categoryName} (X).`)).toBeVisible();
}
