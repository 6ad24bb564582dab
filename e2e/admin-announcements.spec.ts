import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { chooseFirstFreeTime, uniqueEmail } from './booking';
import { signInAsAdmin, withDb } from './staff';

test('an administrator publishes a notice for one office: shown on the home page and that office’s pages, then taken down', async ({
  page,
}) => {
  const text = `Dnia 24 grudnia Wydział czynny do 12:00 (${test.info().project.name}-${Date.now()}).`;
  await signInAsAdmin(page);
  await page.goto('/admin/ogloszenia');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ogłoszenia i tryb telefoniczny');
  await expectNoAxeViolations(page);
  await page.getByLabel('Treść ogłoszenia').fill(text);
  await page.getByLabel('Gdzie pokazać').selectOption({ label: 'Wydział Spraw Obywatelskich' });
  await page.getByRole('button', { name: 'Opublikuj ogłoszenie' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ogłoszenie opublikowano.' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: text });
  await expect(row).toContainText('widoczne');

  await page.goto('/');
  await expect(page.getByRole('region', { name: /^Ogłoszeni/ })).toContainText(
    `Wydział Spraw Obywatelskich: ${text}`,
  );
  await expectNoAxeViolations(page);
  await page.goto('/rezerwacja/wso/sprawy-obywatelskie');
  await expect(page.getByRole('region', { name: /^Ogłoszeni/ })).toContainText(text);
  await page.goto('/rezerwacja/cup/sprawy-obywatelskie');
  await expect(page.getByText(text)).toHaveCount(0);

  await page.goto('/admin/ogloszenia');
  await row.getByRole('button', { name: 'Wyłącz' }).click();
  await expect(row).toContainText('wyłączone');
  await page.goto('/');
  await expect(page.getByText(text)).toHaveCount(0);
});

test('a category switched to phone-only explains booking by phone, and is switched back', async ({
  page,
}) => {
  const category = 'Wyrejestrowanie / zgłoszenie zbycia';
  const note = `Ograniczenia w obsłudze (${test.info().project.name}-${Date.now()}).`;
  try {
    await signInAsAdmin(page);
    await page.goto('/admin/ogloszenia');
    const mode = page.getByRole('region', { name: `${category} — Centrum Usług Publicznych` });
    await mode.getByLabel('Uwaga dla mieszkańców (nieobowiązkowa)').fill(note);
    await mode.getByRole('button', { name: 'Włącz tryb tylko telefoniczny' }).click();
    await expect(mode).toContainText('Teraz: tylko telefonicznie');
    await expectNoAxeViolations(page);

    await page.goto('/rezerwacja/cup/wyrejestrowanie-zbycie');
    const notice = page.getByRole('status').filter({ hasText: 'wyłącznie telefonicznie' });
    await expect(notice.getByRole('link', { name: '77 54 11 361' })).toBeVisible();
    await expect(notice).toContainText(note);
    await expect(page.getByRole('checkbox', { name: 'Akceptuję Regulamin' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    // The details step cannot be reached past the switch either.
    await page.goto(
      '/rezerwacja/cup/wyrejestrowanie-zbycie/dane?sprawa=zbycie&czas=2030-01-02T08:00:00.000Z',
    );
    await expect(page).toHaveURL(/\/rezerwacja\/cup\/wyrejestrowanie-zbycie\?sprawa=zbycie$/);
    await expect(page.getByText('wyłącznie telefonicznie')).toBeVisible();

    await page.goto('/admin/ogloszenia');
    await mode.getByRole('button', { name: 'Przywróć rezerwację internetową' }).click();
    await expect(mode).toContainText('Teraz: rezerwacja internetowa');
    await page.goto('/rezerwacja/cup/wyrejestrowanie-zbycie');
    await expect(page.getByRole('checkbox', { name: 'Akceptuję Regulamin' })).toBeVisible();
  } finally {
    // Other specs book in this seeded category: never leave it phone-only.
    await withDb((db) =>
      db.query(
        `UPDATE "ServiceCategory" SET "phoneOnly" = false, "phoneOnlyNote" = NULL
         WHERE slug = 'wyrejestrowanie-zbycie' AND "officeId" = (SELECT id FROM "Office" WHERE slug = 'cup')`,
      ),
    );
  }
});

test('a resident filling in the form when the category turns phone-only is told to call, nothing booked', async ({
  page,
}) => {
  const setPhoneOnly = (on: boolean) =>
    withDb((db) =>
      db.query(
        `UPDATE "ServiceCategory" SET "phoneOnly" = $1
         WHERE slug = 'wyrejestrowanie-zbycie' AND "officeId" = (SELECT id FROM "Office" WHERE slug = 'cup')`,
        [on],
      ),
    );
  try {
    await chooseFirstFreeTime(page, '/rezerwacja/cup/wyrejestrowanie-zbycie', 'Wyrejestrowanie pojazdu');
    await page.getByLabel('Adres e-mail').fill(uniqueEmail('telefoniczna-w-trakcie'));
    await page.getByRole('button', { name: 'Dalej' }).click();
    // The summary must be on screen before the switch flips, or the details step answers instead.
    const book = page.getByRole('button', { name: 'Zarezerwuj' });
    await expect(book).toBeVisible();
    await setPhoneOnly(true);
    await book.click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'rezerwowana wyłącznie telefonicznie: zadzwoń pod numer' }),
    ).toContainText('Niczego nie zarezerwowano.');
  } finally {
    await setPhoneOnly(false);
  }
});

test('the regulations page lists the versions with who published them and when', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/admin/regulamin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regulamin');
  await expect(page.getByRole('row').filter({ hasText: 'wersja początkowa (system)' })).toBeVisible();
  await expect(page.getByLabel('Treść')).toHaveValue(/§ 1\. Zakres/);
  await expectNoAxeViolations(page);
});
