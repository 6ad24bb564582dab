import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { ADMIN, createStaff, signIn } from './staff';

test('the staff area asks for sign-in, and the printed administrator account gets in', async ({ page }) => {
  await page.goto('/admin/haslo');
  await expect(page).toHaveURL(/\/admin\/logowanie\?next=%2Fadmin%2Fhaslo/);
  await expectNoAxeViolations(page);
  await page.getByLabel('E-mail służbowy').fill(ADMIN.email);
  await page.getByLabel('Hasło').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await expect(page).toHaveURL(/\/admin\/haslo/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zmiana hasła');
  await page.getByRole('button', { name: 'Wyloguj' }).click();
  await expect(page.getByText('Wylogowano.')).toBeVisible();
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/logowanie/);
});

test('a clerk changes their password: the old one stops working, the new one signs in', async ({ page }) => {
  const clerk = await createStaff('CLERK', 'cup');
  await signIn(page, clerk.email, clerk.password);
  // A clerk has no administrator's menu, and an administrator's page sends them back.
  await expect(
    page.getByRole('navigation', { name: 'Panel urzędu' }).getByRole('link', { name: 'Konta' }),
  ).toHaveCount(0);
  await page.getByRole('link', { name: 'Zmień hasło' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Obecne hasło').fill(clerk.password);
  await page.getByLabel('Nowe hasło', { exact: true }).fill('krótkie');
  await page.getByLabel('Powtórz nowe hasło').fill('krótkie');
  await page.getByRole('button', { name: 'Zmień hasło' }).click();
  await expect(page.getByText('Hasło musi mieć co najmniej 12 znaków.')).toBeVisible();
  const next = 'nowe hasło do panelu urzędu';
  await page.getByLabel('Obecne hasło').fill(clerk.password);
  await page.getByLabel('Nowe hasło', { exact: true }).fill(next);
  await page.getByLabel('Powtórz nowe hasło').fill(next);
  await page.getByRole('button', { name: 'Zmień hasło' }).click();
  await expect(page.getByText('Hasło zostało zmienione. Zaloguj się nowym hasłem.')).toBeVisible();
  await page.getByLabel('E-mail służbowy').fill(clerk.email);
  await page.getByLabel('Hasło').fill(clerk.password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  // A wrong password makes this browser wait a moment before its next try (decision 028).
  await expect(
    page.getByRole('alert').filter({ hasText: 'Nieprawidłowy e-mail lub hasło. Spróbuj ponownie za 5 s.' }),
  ).toBeVisible();
  await page.waitForTimeout(5_000);
  await signIn(page, clerk.email, next);
});
