import { type Browser, type Page, expect, test } from '@playwright/test';
import pg from 'pg';
import { expectNoAxeViolations } from './axe';
import { chooseFirstFreeTime, uniqueEmail } from './booking';
import { readCodeFromEmail, waitForEmail } from './mail';

test('a WSO booking: details, summary, code from the e-mail, confirmed, then cancelled', async ({ page }) => {
  await chooseFirstFreeTime(page, '/rezerwacja/wso/sprawy-obywatelskie', 'Zameldowanie i wymeldowanie');
  await expectNoAxeViolations(page);
  // A bad e-mail keeps what was typed and says what is wrong, next to the field.
  await page.getByLabel('Adres e-mail').fill('jan@');
  await page.getByLabel('Numer telefonu (nieobowiązkowy)').fill('600 100 200');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByText('Podaj poprawny adres e-mail')).toBeVisible();
  await expect(page.getByLabel('Numer telefonu (nieobowiązkowy)')).toHaveValue('600 100 200');

  const email = uniqueEmail('wso');
  await page.getByLabel('Adres e-mail').fill(email);
  await page.getByLabel(/Wyślij kod potwierdzający także SMS-em/).check();
  await page.getByRole('button', { name: 'Dalej' }).click();
  const summary = page.getByRole('region', { name: 'Podsumowanie' });
  await expect(summary).toContainText('Wydział Spraw Obywatelskich');
  await expect(summary).toContainText('pl. Wolności 7-8');
  await expect(summary).toContainText(email);
  await expectNoAxeViolations(page);
  const answer = zarezerwujAnswer(page);
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  // The post answers where to go and the form goes there (decision 040): no page in the post.
  expect((await answer).headers()['x-action-redirect']).toBeUndefined();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdź rezerwację');
  const bookingUrl = page.url();
  const code = await readCodeFromEmail(email); // delivered by the outbox worker to the SMTP sink
  // The SMS (no gateway in local mode) carries the same code, at /dev/mailbox.
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('article', { name: 'SMS do +48600100200' }).first()).toContainText(code);
  await page.goto(bookingUrl);
  await page.getByLabel('Kod potwierdzający (6 cyfr)').fill(code);
  await page.getByRole('button', { name: 'Potwierdź' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta potwierdzona');
  await expect(page.getByText(/^W-[A-Z0-9]{6}$/).first()).toBeVisible();
  const confirmation = await waitForEmail(email, /Wizyta potwierdzona/);
  expect(confirmation.raw).toContain('text/calendar');
  // The Wydział Spraw Obywatelskich has no ticket machine on a fresh install: no kiosk code shown.
  await expect(page.getByText(/^\d{8}$/)).toHaveCount(0);
  await expect(page.getByText(/biletomat|automatu biletowego/i)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Odwołaj wizytę' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta odwołana');
});

test('ID-card pickup needs the application number, with a hint where to find it', async ({ page }) => {
  await chooseFirstFreeTime(page, '/rezerwacja/wso/sprawy-obywatelskie', 'Odbiór nowego dowodu osobistego');
  await expect(page.getByText('pkt 1 potwierdzenia złożenia wniosku')).toBeVisible();
  const email = uniqueEmail('odbior');
  await page.getByLabel('Adres e-mail').fill(email);
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByText('Podaj numer wniosku o wydanie dowodu osobistego')).toBeVisible();
  await page.getByLabel('Numer wniosku o wydanie dowodu osobistego').fill('abc123456');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByRole('region', { name: 'Podsumowanie' })).toContainText('ABC123456');
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdź rezerwację');
  await expectNoAxeViolations(page);
  await page.getByLabel('Kod potwierdzający (6 cyfr)').fill(await readCodeFromEmail(email));
  await page.getByRole('button', { name: 'Potwierdź' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta potwierdzona');
  // The application number is part of what the resident sees stored (right of access).
  await expect(page.getByRole('region', { name: 'Dane zapisane w rezerwacji' })).toContainText('ABC123456');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a CUP booking works end to end with plain forms', async ({ page }) => {
    await chooseFirstFreeTime(page, '/rezerwacja/cup/prawa-jazdy', 'Wymiana prawa jazdy');
    const email = uniqueEmail('nojs');
    await page.getByLabel('Adres e-mail').fill(email);
    await page.getByRole('button', { name: 'Dalej' }).click();
    await page.getByRole('button', { name: 'Zarezerwuj' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdź rezerwację');
    const code = await readCodeFromEmail(email);
    await page.getByLabel('Kod potwierdzający (6 cyfr)').fill(code);
    await page.getByRole('button', { name: 'Potwierdź' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta potwierdzona');
  });
});

test('a hold not confirmed within 60 minutes expires and its time is free again', async ({ page }) => {
  // Flota has one counter: a held time is gone from the list until the hold expires.
  await chooseFirstFreeTime(page, '/rezerwacja/cup/flota', 'Rejestracja pojazdów przez firmę');
  const timeParam = new URL(page.url()).searchParams.get('czas')!;
  await page.getByLabel('Adres e-mail').fill(uniqueEmail('expiry'));
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdź rezerwację');
  const bookingUrl = page.url();

  await page.goto(
    `/rezerwacja/cup/flota/dane?sprawa=rejestracja-firma&czas=${encodeURIComponent(timeParam)}`,
  );
  await expect(page.getByRole('alert').filter({ hasText: 'zajęty' })).toBeVisible();

  // The test moves the hold's expiry into the past, as 60 minutes would.
  const db = new pg.Client(process.env.DATABASE_URL);
  await db.connect();
  try {
    await db.query(
      `UPDATE "Booking" SET "holdExpiresAt" = now() - interval '1 second' WHERE status = 'HELD' AND "startsAt" = $1`,
      [timeParam],
    );
  } finally {
    await db.end();
  }
  await page.goto(
    `/rezerwacja/cup/flota/dane?sprawa=rejestracja-firma&czas=${encodeURIComponent(timeParam)}`,
  );
  await expect(page.getByLabel('Adres e-mail')).toBeVisible();
  await page.goto(bookingUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rezerwacja wygasła');
});

test('a driving-licence visit reached by a PEUP deep link: booked, confirmed from the e-mail, cancelled', async ({
  page,
}) => {
  // The matter comes chosen in the link; the regulations still come first.
  await chooseFirstFreeTime(page, '/rezerwacja/cup/prawa-jazdy?sprawa=wymiana');
  await expect(page.getByText(/Wymiana prawa jazdy/).first()).toBeVisible();
  const email = uniqueEmail('cup');
  await page.getByLabel('Adres e-mail').fill(email);
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByRole('region', { name: 'Podsumowanie' })).toContainText('Centrum Usług Publicznych');
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  // The code page is reached again from the link in the e-mail.
  const mail = await waitForEmail(email, /Kod potwierdzający/);
  const link = /(http:\/\/[^\s"<>]+\/wizyta\/[\w-]+)/.exec(mail.raw.replace(/=\r?\n/g, ''))![1]!;
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Kod potwierdzający (6 cyfr)').fill(/(\d{6})/.exec(mail.subject)![1]!);
  await page.getByRole('button', { name: 'Potwierdź' }).click();
  await expect(page.getByText(/^C-[A-Z0-9]{6}$/).first()).toBeVisible();
  await expect(page.getByText('Kod do biletomatu: „Umówiona wizyta”')).toBeVisible();
  await page.getByRole('button', { name: 'Odwołaj wizytę' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta odwołana');
});

/** The answer to the next server action posted with JavaScript ("Zarezerwuj"'s, where used). */
function zarezerwujAnswer(page: Page) {
  return page.waitForResponse(
    (r) => r.request().method() === 'POST' && !!r.request().headers()['next-action'],
  );
}

/**
 * A time taken by someone else between the summary and "Zarezerwuj": the resident lands on the
 * day's times (the taken one gone), told why. `page` has JavaScript or not, as the caller chose.
 */
async function takenMeanwhile(page: Page, browser: Browser, javaScript: boolean) {
  await chooseFirstFreeTime(page, '/rezerwacja/cup/flota', 'Rejestracja pojazdów przez firmę');
  const detailsUrl = page.url();
  const time = new URL(detailsUrl).searchParams.get('czas')!;
  await page.getByLabel('Adres e-mail').fill(uniqueEmail('slow'));
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByRole('region', { name: 'Podsumowanie' })).toBeVisible();

  // Meanwhile another resident takes the same (only) seat.
  const other = await browser.newContext();
  const fast = await other.newPage();
  await fast.goto('/rezerwacja/cup/flota');
  await fast.getByRole('checkbox', { name: 'Akceptuję Regulamin' }).check();
  await fast.getByRole('button', { name: 'Dalej' }).click();
  await expect(fast.getByRole('group', { name: 'Wybierz sprawę' })).toBeVisible(); // accepted
  await fast.goto(detailsUrl);
  await fast.getByLabel('Adres e-mail').fill(uniqueEmail('fast'));
  await fast.getByRole('button', { name: 'Dalej' }).click();
  await fast.getByRole('button', { name: 'Zarezerwuj' }).click();
  await expect(fast.getByRole('heading', { level: 1 })).toHaveText('Potwierdź rezerwację');
  await other.close();

  const answer = javaScript ? zarezerwujAnswer(page) : undefined;
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  if (answer) expect((await answer).headers()['x-action-redirect']).toBeUndefined();
  await expect(page.getByRole('alert').filter({ hasText: 'został właśnie zajęty' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Wolne godziny:/ })).toBeVisible();
  await expect(page.locator(`time[datetime="${time}"]`)).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('komunikat')).toBe('termin-zajety');
}

test('a time taken by someone else between page load and submit: the fresh list, saying why', async ({
  page,
  browser,
}) => {
  await takenMeanwhile(page, browser, true);
});

test.describe('without JavaScript, a time taken meanwhile', () => {
  test.use({ javaScriptEnabled: false });

  test('leads to the fresh list of the day, saying why', async ({ page, browser }) => {
    await takenMeanwhile(page, browser, false);
  });
});
