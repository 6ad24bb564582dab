// Two app instances on one database, as behind a load balancer (README, "Several instances"):
// a resident's steps may land on either. The seat is the database's to give, so the instance a
// second resident posts to cannot give it twice; a hold made on one is confirmed on the other
// (its link and the code's e-mail, sent by whichever outbox worker took it, work on both).
import { expect, test } from '@playwright/test';
import { chooseFirstFreeTime, uniqueEmail } from './booking';
import { readCodeFromEmail } from './mail';
import { type OwnServer, startOwnServer } from './own-server';

test.skip(({ isMobile }) => isMobile, 'instances do not depend on the screen: desktop only');

let second: OwnServer;
test.beforeAll(async () => {
  second = await startOwnServer({});
});
test.afterAll(() => second?.stop());

test('the only seat of a time, wanted on two instances: one hold, confirmed on the other instance', async ({
  browser,
  page,
}) => {
  // The fleet category has one counter: each time has a single seat. This resident uses the
  // first instance (the e2e server) up to the summary…
  await chooseFirstFreeTime(page, '/rezerwacja/cup/flota', 'Rejestracja pojazdów przez firmę');
  const details = new URL(page.url());
  await page.getByLabel('Adres e-mail').fill(uniqueEmail('pierwsza-instancja'));
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByRole('region', { name: 'Podsumowanie' })).toBeVisible();

  // …while another takes the same time through the second instance.
  const other = await browser.newContext({ baseURL: second.url });
  const fast = await other.newPage();
  await fast.goto('/rezerwacja/cup/flota');
  await fast.getByRole('checkbox', { name: 'Akceptuję Regulamin' }).check();
  await fast.getByRole('button', { name: 'Dalej' }).click();
  await expect(fast.getByRole('group', { name: 'Wybierz sprawę' })).toBeVisible();
  await fast.goto(`${details.pathname}${details.search}`);
  const email = uniqueEmail('druga-instancja');
  await fast.getByLabel('Adres e-mail').fill(email);
  await fast.getByRole('button', { name: 'Dalej' }).click();
  await fast.getByRole('button', { name: 'Zarezerwuj' }).click();
  await expect(fast.getByRole('heading', { level: 1 })).toHaveText('Potwierdź rezerwację');
  const held = new URL(fast.url());
  await other.close();

  // The first instance knows nothing of that hold in memory; the database refuses the seat.
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'został właśnie zajęty' })).toBeVisible();

  // The hold made on the second instance is confirmed on the first.
  await page.goto(`${held.pathname}${held.search}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdź rezerwację');
  await page.getByLabel('Kod potwierdzający (6 cyfr)').fill(await readCodeFromEmail(email));
  await page.getByRole('button', { name: 'Potwierdź' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta potwierdzona');
});
