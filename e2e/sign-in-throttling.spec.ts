// Wrong passwords make the browser or address that typed them wait; the account's owner is never
// locked out (docs/decisions/028-sign-in-throttling.md). The e2e server counts the TCP peer, so a
// second address is another loopback address, reached with plain HTTP requests.
import { type Browser, type Page, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { cookieHeader, cookiesOf, requestFrom } from './local-address';
import { ADMIN, createStaff, signIn } from './staff';

test.skip(({ isMobile }) => isMobile, 'addresses and cookies do not depend on the screen: desktop only');

/**
 * A browser without JavaScript: each sign-in is a plain form post answered with the whole page,
 * so the next password is never typed into a form React is still resetting.
 */
const plainBrowser = async (browser: Browser) =>
  (await browser.newContext({ javaScriptEnabled: false })).newPage();

/** The sign-in form, as a person types into it. */
async function typePassword(page: Page, password: string) {
  await page.getByLabel('Hasło').fill(password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
}

const alert = (page: Page, text: string | RegExp) => page.getByRole('alert').filter({ hasText: text });
const BAD_WAIT_5 = 'Nieprawidłowy e-mail lub hasło. Spróbuj ponownie za 5 s.';
const BAD_WAIT_30 = 'Nieprawidłowy e-mail lub hasło. Spróbuj ponownie za 30 s.';
const WAITING = /Zbyt wiele nieudanych prób logowania z tego urządzenia\. Spróbuj ponownie za \d+ s\./;

/**
 * Six wrong passwords typed in `page` for `email`, the sixth after the first one's 5 s wait. Only
 * two reach the password check: the first (earning 5 s) and the first one typed after that wait
 * (earning 30 s, which is still running when this returns); the others are refused unchecked.
 */
async function sixWrongPasswords(page: Page, email: string) {
  await page.goto('/admin/logowanie');
  await page.getByLabel('E-mail służbowy').fill(email);
  await typePassword(page, 'zle-haslo-1');
  await expect(alert(page, BAD_WAIT_5)).toBeVisible();
  const answers: string[] = [];
  for (let i = 2; i <= 6; i++) {
    // The sixth comes after the wait; on a slow machine an earlier one may already do.
    if (i === 6) await page.waitForTimeout(5_500);
    await typePassword(page, `zle-haslo-${i}`);
    answers.push((await alert(page, /Spróbuj ponownie za \d+ s\./).textContent()) ?? '');
  }
  expect(answers.filter((a) => a === BAD_WAIT_30)).toHaveLength(1);
  expect(answers.filter((a) => WAITING.test(a))).toHaveLength(4);
}

/** A sign-in posted to next-auth's endpoint from `localAddress`: where it sends, and the cookies. */
async function signInFrom(baseURL: string, localAddress: string, email: string, password: string) {
  const csrf = await requestFrom(localAddress, `${baseURL}/api/auth/csrf`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await requestFrom(localAddress, `${baseURL}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(cookiesOf(csrf)) },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/admin' }).toString(),
  });
  // Signed in: on to /admin; refused: back to the sign-in page with next-auth's error code.
  const location = new URL(answer.headers.location ?? '/', baseURL);
  return {
    signedIn: location.pathname === '/admin' && !location.search,
    cookies: { ...cookiesOf(csrf), ...cookiesOf(answer) },
  };
}

test("six wrong passwords from one address: it waits, and the owner's right password from another address signs in", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const clerk = await createStaff('CLERK', 'cup');
  const page = await plainBrowser(browser);
  await sixWrongPasswords(page, clerk.email);
  // Even the right password is not checked while this address waits.
  await typePassword(page, clerk.password);
  await expect(alert(page, WAITING)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/logowanie/);

  // The owner, at another address, is signed in at once, and the browser becomes a known device.
  const owner = await signInFrom(baseURL!, '127.0.0.2', clerk.email, clerk.password);
  expect(owner.signedIn).toBe(true);
  expect(Object.keys(owner.cookies)).toEqual(
    expect.arrayContaining(['authjs.session-token', 'termin-urzadzenie']),
  );
  const panel = await requestFrom('127.0.0.2', `${baseURL}/admin`, {
    headers: { cookie: cookieHeader(owner.cookies) },
  });
  expect(panel.status).toBe(200);
  expect(panel.body).toContain('Wyloguj');
});

test('a browser where the clerk signed in before is let in at once, while a stranger at the same address waits', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const clerk = await createStaff('CLERK', 'cup');
  const own = await browser.newContext();
  const ownPage = await own.newPage();
  await signIn(ownPage, clerk.email, clerk.password);
  const device = (await own.cookies()).find((c) => c.name === 'termin-urzadzenie');
  expect(device).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  expect(device!.expires * 1000 - Date.now()).toBeGreaterThan(300 * 24 * 3600_000);
  await ownPage.getByRole('button', { name: 'Wyloguj' }).click();
  await expect(ownPage.getByText('Wylogowano.')).toBeVisible();

  // A stranger in another browser on the same machine (the same address) guesses.
  const stranger = await plainBrowser(browser);
  await sixWrongPasswords(stranger, clerk.email);

  // The clerk's own browser is checked at once.
  await signIn(ownPage, clerk.email, clerk.password);
  await expect(ownPage).toHaveURL(/\/admin$/);
  // The stranger still waits, whatever password.
  await typePassword(stranger, clerk.password);
  await expect(alert(stranger, WAITING)).toBeVisible();
  await own.close();
});

test('many wrong passwords on one account put a notice on the administrators’ overview until dismissed (without JavaScript)', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const clerk = await createStaff('CLERK', 'cup');
  // Ten wrong passwords from ten addresses: none of them waits, the account counts them all.
  for (let i = 10; i < 20; i++) {
    const guess = await signInFrom(baseURL!, `127.0.0.${i}`, clerk.email, `zle-haslo-${i}`);
    expect(guess.signedIn).toBe(false);
  }
  // The clerk is not held up by any of it.
  expect((await signInFrom(baseURL!, '127.0.0.20', clerk.email, clerk.password)).signedIn).toBe(true);

  const line = `${clerk.email} (Urzędnik testowy): 10 nieudanych prób logowania od`;
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole('region', { name: 'Nieudane logowania' }).getByText(line)).toBeVisible();
  await expectNoAxeViolations(page);

  // Dismissed in a browser without JavaScript: a plain form post.
  const plain = await plainBrowser(browser);
  await signIn(plain, ADMIN.email, ADMIN.password);
  const notice = plain.getByRole('region', { name: 'Nieudane logowania' });
  await notice.getByRole('button', { name: `Zamknij powiadomienie o ${clerk.email}` }).click();
  await expect(plain.getByRole('status').filter({ hasText: 'Powiadomienie zamknięte.' })).toBeVisible();
  await expect(plain.getByText(line)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(line)).toHaveCount(0);
});
