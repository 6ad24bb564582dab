import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectNoHorizontalScroll, signIn, signInAsAdmin } from './staff';

test('the start page shows each category’s load as a chart and a table, and exports CSV', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Przegląd — Wydział Spraw Obywatelskich');
  const wso = page.getByRole('region', { name: 'Sprawy obywatelskie' });
  await expect(wso.getByRole('img', { name: /Sprawy obywatelskie — zajętość:/ })).toBeVisible();
  await expect(wso.getByRole('table')).toContainText('Miejsca');
  await expect(wso).toContainText('Nieobecności w ostatnich 30 dniach');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  // Another office through the picker.
  await page.getByLabel('Biuro').selectOption({ label: 'Centrum Usług Publicznych' });
  await page.getByRole('button', { name: 'Pokaż', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Centrum Usług Publicznych');
  // The category's load (the queue's figures have a region of that name too, once tickets exist).
  await expect(
    page
      .getByRole('region', { name: 'Prawa jazdy' })
      .filter({ hasText: 'Nieobecności w ostatnich 30 dniach' }),
  ).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pobierz CSV' }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'data;godzina;identyfikator;kategoria;sprawa;status;odwołana przez;sposób rezerwacji;utworzona',
  );
  expect((await download).suggestedFilename()).toMatch(
    /^rezerwacje-cup-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/,
  );

  // The queue's waiting and service times: a section of the page, and a CSV of their own.
  await expect(page.getByRole('heading', { name: 'Kolejka: oczekiwanie i obsługa' })).toBeVisible();
  await page.getByRole('button', { name: 'Pokaż czasy kolejki' }).click();
  await expect(page.getByRole('heading', { name: 'Kolejka: oczekiwanie i obsługa' })).toBeVisible();
  await page.getByLabel('Co pobrać').selectOption({ label: 'Kolejka: czasy oczekiwania i obsługi' });
  const queueDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pobierz CSV' }).click();
  const queueCsv = fs.readFileSync(await (await queueDownload).path(), 'utf8');
  expect(queueCsv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'Kategoria;Godzina pobrania biletu;Bilety;Wezwane;Obsłużone;Średnie oczekiwanie (min);Najdłuższe oczekiwanie (min);Średnia obsługa (min)',
  );
  expect((await queueDownload).suggestedFilename()).toMatch(/^kolejka-cup-/);
  await page.getByLabel('Co pobrać').selectOption({ label: 'Rezerwacje (bez danych kontaktowych)' });

  await page.getByLabel('Od dnia', { exact: true }).fill('2027-05-01');
  await page.getByLabel('Do dnia', { exact: true }).fill('2027-04-01');
  await page.getByRole('button', { name: 'Pobierz CSV' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Data „od” musi być wcześniejsza' })).toBeVisible();
});

test('an administrator creates a clerk account; the clerk signs in and has no administrator’s pages', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.getByRole('navigation', { name: 'Panel urzędu' }).getByRole('link', { name: 'Konta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konta pracowników');
  await expectNoAxeViolations(page);
  const email = `urzednik-${test.info().project.name}-${Date.now()}@um.opole.pl`;
  const form = page.getByRole('region', { name: 'Nowe konto' });
  await form.getByLabel('Imię i nazwisko').fill('Ewa Kowalska');
  await form.getByLabel('E-mail służbowy').fill(email);
  await form.getByLabel('Biuro (dla urzędnika)').selectOption({ label: 'Centrum Usług Publicznych' });
  await form.getByRole('button', { name: 'Utwórz konto' }).click();
  const status = form.getByRole('status');
  await expect(status).toContainText(`Utworzono konto ${email}`);
  const password = /: (\S+)$/.exec(await status.innerText())![1]!;
  await expect(page.getByRole('row', { name: new RegExp(email) })).toContainText(
    'urzędnik — Centrum Usług Publicznych',
  );

  await page.getByRole('button', { name: 'Wyloguj' }).click();
  await expect(page.getByText('Wylogowano.')).toBeVisible();
  await signIn(page, email, password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Przegląd — Centrum Usług Publicznych');
  await expect(page.getByLabel('Biuro')).toHaveCount(0);
  await page.goto('/admin/konta');
  await expect(page).toHaveURL(/brak=uprawnien/);
  await expect(page.getByRole('alert').filter({ hasText: 'tylko dla administratora' })).toBeVisible();
});

test('every page of the staff area passes axe and fits the screen', async ({ page }) => {
  test.setTimeout(120_000); // eleven pages, each checked by axe: over 30 s on a busy machine
  await signInAsAdmin(page);
  for (const path of [
    '/admin',
    '/admin/lista',
    '/admin/lista/druk',
    '/admin/telefoniczna',
    '/admin/harmonogram',
    '/admin/blokady',
    '/admin/ogloszenia',
    '/admin/regulamin',
    '/admin/konta',
    '/admin/wiadomosci',
    '/admin/haslo',
  ]) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });
  }
});
