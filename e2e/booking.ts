// Steps of the public booking flow shared by specs.
import { type Page, expect, test } from '@playwright/test';

let n = 0;
/** An address no other test uses. */
export const uniqueEmail = (tag: string) =>
  `${tag}-${test.info().project.name}-${Date.now()}-${n++}@example.com`;

/** Regulations, matter (unless the link chose it), the first free day and time; ends on the details page. */
export async function chooseFirstFreeTime(page: Page, path: string, matter?: string) {
  await page.goto(path);
  await page.getByRole('checkbox', { name: 'Akceptuję Regulamin' }).check();
  await page.getByRole('button', { name: 'Dalej' }).click();
  if (matter) {
    await page.getByRole('radio', { name: matter }).check();
    await page.getByRole('button', { name: 'Dalej' }).click();
  }
  await page
    .getByRole('region', { name: 'Najbliższe dni z wolnymi terminami' })
    .getByRole('link')
    .first()
    .click();
  await page
    .getByRole('region', { name: /^Wolne godziny:/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twoje dane');
}
