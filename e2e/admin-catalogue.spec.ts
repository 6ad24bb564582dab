import { type Page, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import {
  announceCatalogueEdit,
  createStaff,
  expectNoHorizontalScroll,
  signIn,
  signInAsAdmin,
  withDb,
} from './staff';

const PEUP = process.env.PEUP_BASE_URL ?? 'https://peup.um.opole.pl';
// cup-instrukcja.txt names PEUP but gives no addresses; a path in the form PEUP's pages use.
const PEUP_PATH = '/katalog-uslug/komunikacja-i-transport/wydanie-prawa-jazdy';
const SEEDED_PATH = '/cup/wydanie-prawa-jazdy';

async function openCategory(page: Page, office: string, category: string) {
  await page.goto('/admin');
  await page
    .getByRole('navigation', { name: 'Panel urzędu' })
    .getByRole('link', { name: 'Katalog spraw' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Katalog spraw');
  await page.getByLabel('Biuro', { exact: true }).selectOption({ label: office });
  await page.getByRole('button', { name: 'Pokaż' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Dane biura: ${office}` })).toBeVisible();
  await page.getByRole('link', { name: `Zmień kategorię ${category}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${category} — ${office}`);
}

/** The public choice of matters of a category, past the regulations (accepted once per browser). */
async function openPublicChoice(page: Page, path: string) {
  await page.goto(path);
  const accept = page.getByRole('checkbox', { name: 'Akceptuję Regulamin' });
  if (await accept.isVisible()) {
    await accept.check();
    await page.getByRole('button', { name: 'Dalej' }).click();
  }
  await expect(page.getByRole('group', { name: 'Wybierz sprawę' })).toBeVisible();
}

test('an administrator sets the real PEUP path of "Wydanie prawa jazdy": the public link changes at once', async ({
  page,
}) => {
  try {
    await signInAsAdmin(page);
    await openCategory(page, 'Centrum Usług Publicznych', 'Prawa jazdy');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    const matter = page.getByRole('region', { name: 'Sprawa: Wydanie prawa jazdy' });
    await expect(matter.getByRole('link', { name: `${PEUP}${SEEDED_PATH}` })).toBeVisible();

    // A full address is refused: the path is what PEUP's address is built from.
    await matter.getByLabel('Ścieżka strony na PEUP').fill(`${PEUP}${PEUP_PATH}`);
    await matter.getByRole('button', { name: 'Zapisz sprawę' }).click();
    await expect(matter.getByText('bez adresu serwisu i bez spacji')).toBeVisible();

    await matter.getByLabel('Ścieżka strony na PEUP').fill(PEUP_PATH);
    await matter.getByRole('button', { name: 'Zapisz sprawę' }).click();
    await expect(matter.getByRole('status')).toHaveText('Zapisano sprawę: Wydanie prawa jazdy.');
    await expect(matter.getByRole('link', { name: `${PEUP}${PEUP_PATH}` })).toBeVisible();

    await openPublicChoice(page, '/rezerwacja/cup/prawa-jazdy');
    await expect(page.getByRole('link', { name: /\(Wydanie prawa jazdy\)$/ })).toHaveAttribute(
      'href',
      `${PEUP}${PEUP_PATH}`,
    );
  } finally {
    await withDb(async (db) => {
      await db.query(
        `UPDATE "Matter" SET "peupPath" = $1 WHERE slug = 'wydanie' AND "categoryId" =
           (SELECT c.id FROM "ServiceCategory" c JOIN "Office" o ON o.id = c."officeId"
            WHERE o.slug = 'cup' AND c.slug = 'prawa-jazdy')`,
        [SEEDED_PATH],
      );
      await announceCatalogueEdit(db);
    });
  }
});

test('a matter added, then switched off, leaves the public choice; one never booked is deleted', async ({
  page,
}) => {
  const name = `Rejestracja floty na leasing (${test.info().project.name} ${Date.now()})`;
  try {
    await signInAsAdmin(page);
    await openCategory(page, 'Centrum Usług Publicznych', 'Flota');
    const add = page.getByRole('region', { name: 'Nowa sprawa' });
    await add.getByLabel('Nazwa sprawy').fill(name);
    await add.getByLabel('Ścieżka strony na PEUP').fill('/katalog-uslug/komunikacja-i-transport/flota');
    await add.getByRole('button', { name: 'Dodaj sprawę' }).click();
    await expect(add.getByRole('status')).toHaveText(`Dodano sprawę: ${name}.`);

    await openPublicChoice(page, '/rezerwacja/cup/flota');
    await expect(page.getByRole('radio', { name })).toBeVisible();

    await openCategory(page, 'Centrum Usług Publicznych', 'Flota');
    const matter = page.getByRole('region', { name: `Sprawa: ${name}` });
    await matter.getByLabel('Aktywna (do wyboru przy rezerwacji)').uncheck();
    await matter.getByRole('button', { name: 'Zapisz sprawę' }).click();
    await expect(matter.getByRole('status')).toHaveText(`Zapisano sprawę: ${name}.`);

    await openPublicChoice(page, '/rezerwacja/cup/flota');
    await expect(page.getByRole('radio', { name: 'Rejestracja pojazdów przez firmę' })).toBeVisible();
    await expect(page.getByRole('radio', { name })).toHaveCount(0);

    await openCategory(page, 'Centrum Usług Publicznych', 'Flota');
    await page
      .getByRole('region', { name: `Sprawa: ${name}` })
      .getByRole('button', { name: 'Usuń sprawę' })
      .click();
    await expect(page.getByRole('region', { name: `Sprawa: ${name}` })).toHaveCount(0);
  } finally {
    await withDb((db) => db.query(`DELETE FROM "Matter" WHERE name = $1`, [name]));
  }
});

test('a clerk has no catalogue: no menu entry, and the page sends them back', async ({ page }) => {
  const clerk = await createStaff('CLERK', 'cup');
  await signIn(page, clerk.email, clerk.password);
  await expect(page.getByRole('link', { name: 'Katalog spraw' })).toHaveCount(0);
  await page.goto('/admin/katalog?biuro=cup');
  await expect(page).toHaveURL(/\/admin\?brak=uprawnien$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a matter handled without booking is added to the home page and switched off again', async ({
    page,
  }) => {
    const name = `Odbiór tablic indywidualnych (${test.info().project.name} ${Date.now()})`;
    try {
      await signInAsAdmin(page);
      await page.goto('/admin/katalog?biuro=cup');
      const add = page.getByRole('region', { name: 'Nowa sprawa bez rezerwacji' });
      await add.getByLabel('Nazwa sprawy').fill(name);
      await add.getByLabel('Pokój').fill('stanowisko nr 3');
      await add.getByLabel('Telefony').fill('77 54 11 490, 77 54 11 491');
      await add.getByRole('button', { name: 'Dodaj sprawę bez rezerwacji' }).click();
      await expect(page.getByRole('status').filter({ hasText: `Dodano: ${name}.` })).toBeVisible();

      await page.goto('/');
      const cup = page.getByRole('region', { name: 'Centrum Usług Publicznych' });
      await expect(cup.getByText(name)).toBeVisible();
      await expect(cup.getByRole('link', { name: '77 54 11 491' })).toBeVisible();

      await page.goto('/admin/katalog?biuro=cup');
      const walkIn = page.getByRole('region', { name: `Sprawa bez rezerwacji: ${name}` });
      await walkIn.getByLabel('Widoczna dla mieszkańców').uncheck();
      await walkIn.getByRole('button', { name: 'Zapisz' }).click();
      await expect(page.getByRole('status').filter({ hasText: `Zapisano: ${name}.` })).toBeVisible();
      await page.goto('/');
      await expect(page.getByText(name)).toHaveCount(0);
    } finally {
      await withDb((db) => db.query(`DELETE FROM "WalkInMatter" WHERE name = $1`, [name]));
    }
  });
});
