import { expect, test } from '@playwright/test';
import { createStaff, signIn } from './staff';

test('"Wyloguj" ends that session on the server: its copied cookie is refused, another session goes on', async ({
  browser,
}) => {
  const clerk = await createStaff('CLERK', 'cup');
  const laptop = await browser.newContext();
  const desk = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const deskPage = await desk.newPage();
  await signIn(laptopPage, clerk.email, clerk.password);
  await signIn(deskPage, clerk.email, clerk.password);
  const copied = await laptop.cookies();
  expect(copied.some((c) => c.name.includes('session-token'))).toBe(true);

  await laptopPage.getByRole('button', { name: 'Wyloguj' }).click();
  await expect(laptopPage.getByText('Wylogowano.')).toBeVisible();

  // Someone who copied the laptop's cookie before the sign-out.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const thiefPage = await thief.newPage();
  await thiefPage.goto('/admin/lista');
  await expect(thiefPage).toHaveURL(/\/admin\/logowanie/);
  await expect(thiefPage.getByRole('button', { name: 'Zaloguj' })).toBeVisible();

  // The same account at the desk is still signed in.
  await deskPage.goto('/admin/lista');
  await expect(deskPage).toHaveURL(/\/admin\/lista/);
  await expect(deskPage.getByRole('button', { name: 'Wyloguj' })).toBeVisible();
  for (const c of [laptop, desk, thief]) await c.close();
});
