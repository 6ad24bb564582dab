import { type Page, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { chooseFirstFreeTime } from './booking';
import { readCodeFromEmail } from './mail';
import { signInAsAdmin } from './staff';

const warsawDate = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date(iso));
const warsawTime = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );

/** An ID-card pickup booked and confirmed in the public flow; what the resident's confirmation shows. */
async function bookPickup(page: Page, who: { email: string; phone: string; application: string }) {
  await chooseFirstFreeTime(page, '/rezerwacja/wso/sprawy-obywatelskie?sprawa=dowod-odbior');
  const czas = new URL(page.url()).searchParams.get('czas')!;
  await page.getByLabel('Adres e-mail').fill(who.email);
  await page.getByLabel('Numer telefonu (nieobowiązkowy)').fill(who.phone);
  await page.getByLabel('Numer wniosku o wydanie dowodu osobistego').fill(who.application);
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  await page.getByLabel('Kod potwierdzający (6 cyfr)').fill(await readCodeFromEmail(who.email));
  await page.getByRole('button', { name: 'Potwierdź' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta potwierdzona');
  const reference = (await page
    .getByText(/^W-[A-Z0-9]{6}$/)
    .first()
    .textContent())!;
  const kioskCode = (await page
    .getByText(/^\d{8}$/)
    .first()
    .textContent())!;
  return { reference, kioskCode, date: warsawDate(czas), time: warsawTime(czas) };
}

test('a booking made online: on the day’s list, printed without personal data, found by its kiosk code', async ({
  page,
}) => {
  const tag = `${test.info().project.name}-${Date.now()}`;
  const who = {
    email: `lista-${tag}@example.com`,
    phone: `69${String(Date.now()).slice(-7)}`,
    application: `AB${String(Date.now()).slice(-8)}`,
  };
  const booking = await bookPickup(page, who);

  await signInAsAdmin(page);
  await page
    .getByRole('navigation', { name: 'Panel urzędu' })
    .getByRole('link', { name: 'Lista przyjęć' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lista przyjęć');
  await page.getByLabel('Biuro', { exact: true }).selectOption({ label: 'Wydział Spraw Obywatelskich' });
  await page.getByLabel('Kategoria', { exact: true }).selectOption({ label: 'Sprawy obywatelskie' });
  await page.getByLabel('Dzień', { exact: true }).fill(booking.date);
  await page.getByRole('button', { name: 'Pokaż listę' }).click();

  const row = page.getByRole('row', { name: new RegExp(booking.reference) });
  await expect(row).toContainText(booking.time);
  await expect(row).toContainText('Odbiór nowego dowodu osobistego');
  await expect(row).toContainText(who.application); // the clerk prepares the ID card before the visit
  await expect(row).toContainText('Umówiona');
  await expect(row).toContainText('online');
  // Contact data only when opened, for the desk.
  await expect(row.getByText(who.email)).toBeHidden();
  await row.getByText('Pokaż', { exact: true }).click();
  await expect(row.getByText(who.email)).toBeVisible();
  await expectNoAxeViolations(page);

  // The print view: time and identifier only.
  await page.getByRole('link', { name: 'Wersja do druku (bez danych osobowych)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lista przyjęć');
  await expect(page.getByText(/Wydział Spraw Obywatelskich — Sprawy obywatelskie/)).toBeVisible();
  const printed = page.getByRole('row', { name: new RegExp(booking.reference) });
  await expect(printed).toContainText(booking.time);
  const html = await page.content();
  for (const secret of [
    who.email,
    who.phone,
    `+48${who.phone}`,
    who.application,
    booking.kioskCode,
    'dowodu',
  ])
    expect(html).not.toContain(secret);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Panel urzędu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Drukuj' })).toBeHidden();
  await expect(printed).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // At the desk: the resident shows the confirmation; the kiosk code finds it, as does the identifier.
  await page.getByRole('link', { name: 'Wróć do listy przyjęć' }).click();
  const search = page.getByRole('region', { name: 'Sprawdź potwierdzenie' });
  for (const q of [
    `${booking.kioskCode.slice(0, 4)} ${booking.kioskCode.slice(4)}`,
    booking.reference.toLowerCase().replace('-', ''),
  ]) {
    await search.getByLabel('Identyfikator wizyty lub kod do biletomatu').fill(q);
    await search.getByRole('button', { name: 'Szukaj' }).click();
    const found = page.getByRole('region', { name: 'Sprawdź potwierdzenie' }).getByRole('status');
    await expect(found).toContainText(booking.reference);
    await expect(found).toContainText('Wydział Spraw Obywatelskich');
    await expect(found).toContainText(booking.time);
    await expect(found).toContainText('Umówiona');
  }
  await expectNoAxeViolations(page);
});
