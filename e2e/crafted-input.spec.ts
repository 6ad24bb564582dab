// Crafted links and forms get a clear page, never the error page (issue 9, point 3 and 5).
import { expect, test } from '@playwright/test';
import { chooseFirstFreeTime, uniqueEmail } from './booking';

const BASE = '/rezerwacja/wso/sprawy-obywatelskie';

test('a details link with a time out of range leads back to the calendar, not to the error page', async ({
  page,
}) => {
  await page.goto(BASE);
  await page.getByRole('checkbox', { name: 'Akceptuję Regulamin' }).check();
  await page.getByRole('button', { name: 'Dalej' }).click();
  // The acceptance cookie is set by that answer: wait for it before leaving the page.
  await expect(page.getByRole('group', { name: 'Wybierz sprawę' })).toBeVisible();
  for (const czas of ['0099-01-01T00:00:00Z', '+010000-01-01T00:00:00Z']) {
    const response = await page.goto(`${BASE}/dane?${new URLSearchParams({ sprawa: 'meldunek', czas })}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(new RegExp(`${BASE}\\?sprawa=meldunek$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprawy obywatelskie');
    await expect(page.getByRole('region', { name: 'Najbliższe dni z wolnymi terminami' })).toBeVisible();
    await expect(page.getByText('Coś poszło nie tak')).toHaveCount(0);
  }
});

test('an ID-card pickup posted as needing no application number is still asked for it', async ({ page }) => {
  await chooseFirstFreeTime(page, BASE, 'Odbiór nowego dowodu osobistego');
  await page.getByLabel('Adres e-mail').fill(uniqueEmail('crafted'));
  // What the page once sent as a hidden field, and a crafted client still can.
  await page
    .locator('form')
    .filter({ has: page.getByLabel('Adres e-mail') })
    .evaluate((form) => {
      const input = document.createElement('input');
      Object.assign(input, { type: 'hidden', name: 'needsApplicationNumber', value: '0' });
      form.appendChild(input);
    });
  await page.getByLabel('Numer wniosku o wydanie dowodu osobistego').fill('');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByText('Podaj numer wniosku o wydanie dowodu osobistego')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Podsumowanie' })).toHaveCount(0);
});
