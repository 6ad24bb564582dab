import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { waitForEmail } from './mail';
import { createStaff, signIn } from './staff';

test('a clerk books a caller by phone: the identifier to read out, and the confirmation e-mail', async ({
  page,
}) => {
  const clerk = await createStaff('CLERK', 'wso');
  const email = `telefon-${test.info().project.name}-${Date.now()}@example.com`;
  const phone = `600 ${crypto.randomInt(100, 999)} ${crypto.randomInt(100, 999)}`;
  await signIn(page, clerk.email, clerk.password);
  await page
    .getByRole('navigation', { name: 'Panel urzędu' })
    .getByRole('link', { name: 'Rezerwacja telefoniczna' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rezerwacja telefoniczna');
  // A clerk books only for their own office.
  await expect(page.getByRole('heading', { name: 'Centrum Usług Publicznych' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page
    .getByRole('region', { name: '1. Kategoria' })
    .getByRole('link', { name: 'Sprawy obywatelskie' })
    .click();
  await page
    .getByRole('region', { name: '2. Sprawa' })
    .getByRole('link', { name: 'Odbiór nowego dowodu osobistego' })
    .click();
  // The latest of the listed free days, away from the times other specs take first.
  await page
    .getByRole('region', { name: 'Najbliższe dni z wolnymi terminami' })
    .getByRole('link')
    .last()
    .click();
  await page
    .getByRole('region', { name: /^Wolne godziny:/ })
    .getByRole('link')
    .last()
    .click();
  await expect(page.getByRole('region', { name: '4. Dane rozmówcy' })).toContainText(
    'Odbiór nowego dowodu osobistego',
  );
  await expectNoAxeViolations(page);

  // Without a contact, consent and the application number, nothing is booked.
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  await expect(page.getByText('Podaj adres e-mail lub numer telefonu rozmówcy').first()).toBeVisible();
  await expect(page.getByLabel(/Rozmówca zna i akceptuje regulamin/)).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Adres e-mail rozmówcy (nieobowiązkowy)').fill(email);
  await page.getByLabel('Numer telefonu rozmówcy (nieobowiązkowy)').fill(phone);
  await page.getByLabel(/Rozmówca zna i akceptuje regulamin/).check();
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Podaj numer wniosku o wydanie dowodu osobistego' }),
  ).toBeVisible();
  await expect(page.getByLabel('Numer wniosku o wydanie dowodu osobistego')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.getByLabel('Numer wniosku o wydanie dowodu osobistego').fill('abc123456');
  await page.getByLabel(/Rozmówca zna i akceptuje regulamin/).check();
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta zarezerwowana');
  const readOut = page.getByRole('status').filter({ hasText: 'Przekaż rozmówcy' });
  const reference = (await readOut.locator('strong').first().textContent())!;
  expect(reference).toMatch(/^W-[A-Z0-9]{6}$/);
  // The Wydział Spraw Obywatelskich has no ticket machine (a fresh install): no kiosk code to read out.
  await expect(readOut).not.toContainText('biletomat');
  await expect(page.getByText('ABC123456')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Urzędnik testowy' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The same confirmation as online, delivered by the outbox worker to the SMTP sink.
  const mail = await waitForEmail(email, /Wizyta potwierdzona/);
  expect(mail.subject).toContain(reference);
  expect(mail.raw).toContain('text/calendar');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the phone booking works with plain links and a plain form', async ({ page }) => {
    test.skip(test.info().project.name === 'mobile', 'the same pages; checked once');
    const clerk = await createStaff('CLERK', 'cup');
    await signIn(page, clerk.email, clerk.password);
    await page.goto('/admin/telefoniczna');
    await page.getByRole('region', { name: '1. Kategoria' }).getByRole('link', { name: 'Flota' }).click();
    await page.getByRole('region', { name: '2. Sprawa' }).getByRole('link').first().click();
    await page
      .getByRole('region', { name: 'Najbliższe dni z wolnymi terminami' })
      .getByRole('link')
      .last()
      .click();
    await page
      .getByRole('region', { name: /^Wolne godziny:/ })
      .getByRole('link')
      .last()
      .click();
    await page
      .getByLabel('Numer telefonu rozmówcy (nieobowiązkowy)')
      .fill(`600 ${crypto.randomInt(100, 999)} ${crypto.randomInt(100, 999)}`);
    await page.getByLabel(/Rozmówca zna i akceptuje regulamin/).check();
    await page.getByRole('button', { name: 'Zarezerwuj' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta zarezerwowana');
    await expect(page.getByText('nie podano (bez e-maila z potwierdzeniem)')).toBeVisible();
  });
});
