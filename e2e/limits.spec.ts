// Per-address limits against a server of their own with the default limits and no proxy in
// front (TRUSTED_PROXY_HOPS=0): the address is the TCP peer's, whatever headers a client sends.
import { expect, test } from '@playwright/test';
import { chooseFirstFreeTime, uniqueEmail } from './booking';
import { postFrom } from './local-address';
import { type OwnServer, startOwnServer } from './own-server';
import { createStaff, withDb } from './staff';

test.skip(({ isMobile }) => isMobile, 'limits do not depend on the screen: desktop only');

const SIGN_IN_LIMIT = 4;
let server: OwnServer;
test.beforeAll(async () => {
  server = await startOwnServer({
    TRUSTED_PROXY_HOPS: '0',
    HOLD_LIMIT_PER_HOUR: undefined, // the default, 10
    SIGN_IN_LIMIT: String(SIGN_IN_LIMIT),
  });
});
test.afterAll(() => server?.stop());
// The main e2e server counts this machine's address too; each test starts from zero.
test.beforeEach(() => withDb((db) => db.query(`DELETE FROM "RateLimit"`)));

/** Headers a client without a proxy in front might make up, a new set per request. */
const forged = (i: number) => ({
  'x-forwarded-for': `198.51.100.${i}`,
  'x-real-ip': `198.51.100.${i}`,
  'x-termin-peer': `203.0.113.${i}`,
  forwarded: `for=198.51.100.${i}`,
});

test('14 holds with 14 made-up address headers: the 11th and later are refused', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false });
  const page = await context.newPage();
  await chooseFirstFreeTime(page, '/rezerwacja/cup/prawa-jazdy', 'Wymiana prawa jazdy');
  await page.getByLabel('Adres e-mail').fill(uniqueEmail('limit'));
  await page.getByRole('button', { name: 'Dalej' }).click();
  const book = page.getByRole('button', { name: 'Zarezerwuj' });
  // The summary's form as the browser would post it without JavaScript, sent again and again.
  const { action, fields } = await book.evaluate((button: HTMLButtonElement) => ({
    action: button.form!.action,
    fields: [...new FormData(button.form!, button)].map(([k, v]) => [k, String(v)] as [string, string]),
  }));

  const answers: string[] = [];
  for (let i = 0; i < 14; i++) {
    const body = new FormData();
    for (const [k, v] of fields) body.append(k, k === 'email' ? uniqueEmail(`limit${i}`) : v);
    const res = await page.request.post(action, {
      multipart: body,
      headers: { origin: server.url, ...forged(i) },
    });
    const html = await res.text();
    answers.push(
      html.includes('Zbyt wiele prób z tego urządzenia')
        ? 'refused'
        : html.includes('Potwierdź rezerwację')
          ? 'held'
          : 'other',
    );
  }
  expect(answers[0]).toBe('held');
  expect(answers.slice(0, 10)).not.toContain('refused');
  expect(answers.slice(10)).toEqual(['refused', 'refused', 'refused', 'refused']);

  // The count is the TCP peer's: another machine (here another loopback address) is not refused.
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, k === 'email' ? uniqueEmail('limit-other') : v);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const other = await postFrom('127.0.0.2', action, body, { cookie, origin: server.url });
  expect(other.body).not.toContain('Zbyt wiele prób z tego urządzenia');
  // It reached the hold itself: held (on to the code page), or the time is full by now.
  expect(other.status === 303 || other.body.includes('został właśnie zajęty'), other.body.slice(0, 300)).toBe(
    true,
  );
  await context.close();
});

test('sign-in posted straight to next-auth counts against the same address limit as the form', async ({
  browser,
}) => {
  const clerk = await createStaff('CLERK', 'cup');
  const context = await browser.newContext({ baseURL: server.url });
  const api = context.request;
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const post = (email: string, password: string, i: number) =>
    api.post('/api/auth/callback/credentials', {
      form: { email, password, csrfToken, callbackUrl: `${server.url}/admin` },
      headers: forged(i),
      maxRedirects: 0,
    });
  const hasSession = async () => (await context.cookies()).some((c) => c.name.includes('session-token'));

  for (let i = 0; i < SIGN_IN_LIMIT; i++) {
    const res = await post('nikt@um.opole.pl', 'zle-haslo', i);
    expect(res.headers()['location']).toContain('error=CredentialsSignin');
  }
  // The limit is reached: even the right password gets no session.
  const refused = await post(clerk.email, clerk.password, 99);
  expect(refused.headers()['location']).toContain('error=CredentialsSignin');
  expect(await hasSession()).toBe(false);

  // The sign-in form shares the count, and says why.
  const page = await context.newPage();
  await page.goto('/admin/logowanie');
  await page.getByLabel('E-mail służbowy').fill(clerk.email);
  await page.getByLabel('Hasło').fill(clerk.password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Zbyt wiele prób logowania z tego urządzenia' }),
  ).toBeVisible();
  expect(await hasSession()).toBe(false);
  await context.close();
});
