// Every page carries a Content-Security-Policy with a fresh nonce that all its inline scripts
// carry, refuses to be framed, and still works in the browser with it: a CSP violation anywhere
// on the way fails the test.
import { type APIResponse, type Page, expect, test } from '@playwright/test';
import { chooseFirstFreeTime, uniqueEmail } from './booking';
import { type OwnServer, startOwnServer } from './own-server';
import { createStaff, signIn } from './staff';

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  return violations;
}

async function expectSecured(res: APIResponse) {
  expect(res.status()).toBe(200);
  const h = res.headers();
  const csp = h['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['strict-transport-security']).toBeUndefined(); // APP_URL is http here
  // No inline script runs without this response's nonce.
  const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
  return nonce!;
}

test('the public page, the code page and an admin page carry the policy and work with it', async ({
  page,
  browser,
}) => {
  const violations = watchCsp(page);
  const home = await expectSecured(await page.request.get('/'));
  expect(await expectSecured(await page.request.get('/'))).not.toBe(home); // fresh per request
  // next-auth's own unstyled HTML pages are not served; its errors land on our sign-in page.
  const authError = await page.request.get('/api/auth/error?error=Configuration', { maxRedirects: 0 });
  expect(authError.headers()['location']).toContain('/admin/logowanie');

  // The public flow in the browser, scripts running, to the code page.
  await page.goto('/');
  await chooseFirstFreeTime(page, '/rezerwacja/cup/prawa-jazdy', 'Wymiana prawa jazdy');
  await page.getByLabel('Adres e-mail').fill(uniqueEmail('csp'));
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdź rezerwację');
  await expectSecured(await page.request.get(page.url()));
  // A wrong code answered in place (the form's script ran under the policy).
  await page.getByLabel('Kod potwierdzający (6 cyfr)').fill('000000');
  await page.getByRole('button', { name: 'Potwierdź' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skrzynka deweloperska');
  await page.goto('/nie-ma-takiej-strony');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nie znaleziono strony');

  const staff = await browser.newPage();
  const staffViolations = watchCsp(staff);
  const clerk = await createStaff('ADMIN');
  await signIn(staff, clerk.email, clerk.password);
  await expectSecured(await staff.request.get('/admin'));
  for (const path of ['/admin/lista', '/admin/harmonogram', '/admin/konta', '/admin/telefoniczna']) {
    await staff.goto(path);
    await expect(staff.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await staff.getByRole('button', { name: 'Wyloguj' }).click();
  await expect(staff.getByText('Wylogowano.')).toBeVisible();
  expect([...violations, ...staffViolations]).toEqual([]);
});

test('the scripts come compressed once, Brotli to a browser, with the static security headers', async ({
  request,
}) => {
  const home = await request.get('/');
  const script = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(await home.text())?.[1];
  expect(script).toBeTruthy();
  // Compressed once, by the build (or by the server just after it starts: decision 042).
  await expect
    .poll(
      async () => (await request.get(script!, { headers: { 'accept-encoding': 'gzip, br' } })).headers(),
      {
        timeout: 15_000,
      },
    )
    .toMatchObject({ 'content-encoding': 'br', 'cache-control': 'public, max-age=31536000, immutable' });
  const res = await request.get(script!, { headers: { 'accept-encoding': 'gzip, br' } });
  expect(res.headers()['content-length']).toBeTruthy();
  for (const name of ['x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy'])
    expect(res.headers()[name], name).toBe(home.headers()[name]);
  // The same script as Next.js serves it to a client that takes no compression.
  const plain = await request.get(script!, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await res.text()).toBe(await plain.text()); // Playwright decodes the Brotli
});

test.describe('with an https APP_URL', () => {
  test.skip(({ isMobile }) => isMobile, 'headers do not depend on the screen: desktop only');
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer({ APP_URL: 'https://termin.example', TRUSTED_PROXY_HOPS: '1' });
  });
  test.afterAll(() => server?.stop());

  test('pages and the API send HSTS; pages upgrade insecure requests', async ({ request }) => {
    const page = await request.get(`${server.url}/`);
    expect(page.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(page.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
    const api = await request.get(`${server.url}/api/health`);
    expect(api.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
