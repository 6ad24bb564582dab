import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the home page is served by the production build, backed by PostgreSQL', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Termin');
  await expect(page.getByText(/Baza danych: PostgreSQL 1\d/)).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test('the health endpoint reports the database', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', database: { ok: true } });
});
