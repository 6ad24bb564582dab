// Steps of the public booking flow shared by specs.
import { type Page, expect, test } from '@playwright/test';
import { readCodeFromEmail } from './mail';
import { withDb } from './staff';

let n = 0;
/** An address no other test uses. */
export const uniqueEmail = (tag: string) =>
  `${tag}-${test.info().project.name}-${Date.now()}-${n++}@example.com`;

/** On a calendar page: the `day`-th of the coming free days (0: the first), then its first free time. */
export async function pickFreeTime(page: Page, day: number) {
  await page
    .getByRole('region', { name: 'Najbliższe dni z wolnymi terminami' })
    .getByRole('link')
    .nth(day)
    .click();
  await page
    .getByRole('region', { name: /^Wolne godziny:/ })
    .getByRole('link')
    .first()
    .click();
}

/** Regulations, matter (unless the link chose it), the first free day and time; ends on the details page. */
export async function chooseFirstFreeTime(page: Page, path: string, matter?: string) {
  await page.goto(path);
  await page.getByRole('checkbox', { name: 'Akceptuję Regulamin' }).check();
  await page.getByRole('button', { name: 'Dalej' }).click();
  if (matter) {
    await page.getByRole('radio', { name: matter }).check();
    await page.getByRole('button', { name: 'Dalej' }).click();
  }
  await pickFreeTime(page, 0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twoje dane');
}

/** Books the CUP's first free driving-licence time online and confirms it; ends on the manage page. */
export async function bookConfirmed(page: Page, tag: string) {
  await chooseFirstFreeTime(page, '/rezerwacja/cup/prawa-jazdy', 'Wymiana prawa jazdy');
  const email = uniqueEmail(tag);
  await page.getByLabel('Adres e-mail').fill(email);
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  await page.getByLabel('Kod potwierdzający (6 cyfr)').fill(await readCodeFromEmail(email));
  await page.getByRole('button', { name: 'Potwierdź' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta potwierdzona');
  return { email, ...(await bookingOf(email)) };
}

/** The booking of a resident's e-mail as the database holds it now. */
export const bookingOf = (email: string) =>
  withDb(
    async (db) =>
      (
        await db.query<{ id: string; reference: string; startsAt: Date }>(
          'SELECT id, reference, "startsAt" FROM "Booking" WHERE email = $1',
          [email],
        )
      ).rows[0]!,
  );
