import { type Page, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { bookNow, expectNoLinksOffKiosk, openCategoryNow, typeOnKeypad, warsawDate } from './kiosk';
import { signInAsAdmin } from './staff';

const PORTRAIT = { width: 1080, height: 1920 };
const DESKTOP = { width: 1280, height: 720 };

/** The ticket machine and the counter in two browsers at once, on a CUP category open right now. */
test('a kiosk paired from /admin prints tickets that the counter calls and finishes', async ({
  page,
  browser,
}) => {
  test.skip(
    test.info().project.name === 'mobile',
    'a kiosk is a fixed portrait screen and the counter a desk',
  );
  test.slow(); // pairing, two tickets, a whole counter round and several axe sweeps
  const category = await openCategoryNow('cup', 'Q');
  const visit = await bookNow(category, 'cup');

  // The kiosk: a browser of its own, as on the device in the hall. window.print is counted, not run.
  const kioskContext = await browser.newContext({ viewport: PORTRAIT });
  await kioskContext.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  const kiosk = await kioskContext.newPage();

  // Unpaired: no ticket, only the pairing screen; a wrong code is refused.
  for (const path of ['/kiosk/cup', '/kiosk/cup?ekran=wizyta', '/kiosk/cup?ekran=bez-rezerwacji']) {
    await kiosk.goto(path);
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText('Sparuj urządzenie');
    await expect(kiosk.getByRole('button', { name: 'Pobierz bilet' })).toHaveCount(0);
  }
  await expectNoAxeViolations(kiosk);
  await typeOnKeypad(kiosk, '00000000');
  await kiosk.getByRole('button', { name: 'Sparuj urządzenie' }).click();
  await expect(refusalOf(kiosk)).toContainText('Kod parowania jest nieprawidłowy');

  // The administrator creates the one-time code at /admin/biletomat.
  await signInAsAdmin(page);
  await page
    .getByRole('navigation', { name: 'Panel urzędu' })
    .getByRole('link', { name: 'Biletomat' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Biletomat — /);
  await page.getByLabel('Biuro', { exact: true }).selectOption({ label: 'Centrum Usług Publicznych' });
  await page.getByRole('button', { name: 'Pokaż' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biletomat — Centrum Usług Publicznych');
  await page.getByLabel('Nazwa urządzenia').fill('Biletomat e2e');
  await page.getByRole('button', { name: 'Utwórz kod parowania' }).click();
  const shown = page.getByText(/^\d{4} \d{4}$/);
  const code = (await shown.textContent())!.replace(' ', '');
  await expectNoAxeViolations(page);

  // Typed on the device, with a correction on the way.
  for (let i = 0; i < 8; i++)
    await kiosk.getByRole('button', { name: 'Popraw (usuń ostatnią cyfrę)' }).click();
  await typeOnKeypad(kiosk, `${code.slice(0, 7)}9`);
  await kiosk.getByRole('button', { name: 'Popraw (usuń ostatnią cyfrę)' }).click();
  await typeOnKeypad(kiosk, code.slice(7));
  await expect(kiosk.getByLabel('Kod parowania (8 cyfr)')).toHaveValue(code);
  await kiosk.getByRole('button', { name: 'Sparuj urządzenie' }).click();
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText('Pobierz bilet');
  await expectNoLinksOffKiosk(kiosk);
  await expectNoAxeViolations(kiosk);
  await kiosk.setViewportSize(DESKTOP);
  await expectNoAxeViolations(kiosk);
  await kiosk.setViewportSize(PORTRAIT);
  await page.reload();
  await expect(page.getByRole('row', { name: /Biletomat e2e/ })).toBeVisible();

  // "Umówiona wizyta": a wrong code gets its own message, then the visit's code prints its ticket.
  await kiosk.getByRole('link', { name: /Umówiona wizyta/ }).click();
  await typeOnKeypad(kiosk, visit.kioskCode === '12345678' ? '87654321' : '12345678');
  await kiosk.getByRole('button', { name: 'Pobierz bilet' }).click();
  const refusal = refusalOf(kiosk);
  await expect(refusal).toContainText('Nie ma wizyty z takim kodem');
  await expect(refusal).toContainText('Podejdź do punktu informacyjnego');
  await expectNoAxeViolations(kiosk);
  for (let i = 0; i < 8; i++)
    await kiosk.getByRole('button', { name: 'Popraw (usuń ostatnią cyfrę)' }).click();
  await typeOnKeypad(kiosk, visit.kioskCode);
  await kiosk.getByRole('button', { name: 'Pobierz bilet' }).click();
  const ticket = kiosk.getByRole('region', { name: 'Twój numer (wizyta umówiona)' });
  await expect(ticket).toContainText(category.name);
  await expect(ticket).toContainText(category.waitingArea);
  const visitTime = new Intl.DateTimeFormat('pl-PL', {
    timeZone: 'Europe/Warsaw',
    hour: '2-digit',
    minute: '2-digit',
  }).format(visit.startsAt);
  await expect(ticket).toContainText(visitTime);
  const booked = (await ticket.getByText(/^Q\d{3}$/).textContent())!;
  await expect.poll(() => kiosk.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expectNoLinksOffKiosk(kiosk);
  await expectNoAxeViolations(kiosk);
  // Printed: the ticket only.
  await kiosk.emulateMedia({ media: 'print' });
  await expect(kiosk.getByRole('link', { name: 'Wróć do początku' })).toBeHidden();
  await expect(ticket.getByText(booked)).toBeVisible();
  await kiosk.emulateMedia({ media: 'screen' });
  // The same code again: already used, with the number it got.
  await kiosk.getByRole('link', { name: 'Wróć do początku' }).click();
  await kiosk.getByRole('link', { name: /Umówiona wizyta/ }).click();
  await typeOnKeypad(kiosk, visit.kioskCode);
  await kiosk.getByRole('button', { name: 'Pobierz bilet' }).click();
  await expect(refusalOf(kiosk)).toContainText(`numer ${booked}`);

  // The counter: number 7, serving the test category.
  await page
    .getByRole('navigation', { name: 'Panel urzędu' })
    .getByRole('link', { name: 'Stanowisko' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Stanowisko — /);
  await page.getByLabel('Biuro', { exact: true }).selectOption({ label: 'Centrum Usług Publicznych' });
  await page.getByRole('button', { name: 'Pokaż' }).click();
  await page.getByLabel('Numer stanowiska').fill('7');
  await page.getByLabel(`${category.name} (Q)`).check();
  await page.getByRole('button', { name: 'Zapisz stanowisko' }).click();
  await expect(page.getByText(`Stanowisko 7, kategorie: ${category.name} (Q).`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(category.name) })).toContainText('1');
  await expectNoAxeViolations(page);

  await callNext(page, booked);
  // The first call of the day: the list of this counter's numbers does not say "nobody".
  await expect(page.getByText('To stanowisko nie wzywało dziś jeszcze nikogo.')).toHaveCount(0);
  await expect(
    page.getByText('Przed wezwanym teraz numerem to stanowisko nie wzywało dziś nikogo.'),
  ).toBeVisible();
  const current = page.getByRole('region', { name: 'Wezwany numer' });
  await expect(current).toContainText('Sprawa testowa');
  await expect(current).toContainText(visit.reference);
  await page.getByRole('button', { name: 'Zakończ' }).click();
  await expectStatus(page, `${booked}: zakończono.`);
  await expect(current).toContainText('Nikt nie jest teraz wezwany');

  // The day's list: the visit was served, with its ticket.
  await page.goto(`/admin/lista?biuro=cup&kategoria=${category.slug}&data=${warsawDate(visit.startsAt)}`);
  const row = page.getByRole('row', { name: new RegExp(visit.reference) });
  await expect(row).toContainText('Obsłużona');
  await expect(row).toContainText(`${booked}: obsłużony, stanowisko 7`);

  // "Bez rezerwacji": a walk-in ticket; back to the start after 30 s without a touch.
  await kiosk.clock.install();
  await kiosk.getByRole('link', { name: 'Wróć do początku' }).click();
  await kiosk.getByRole('link', { name: /Bez rezerwacji/ }).click();
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText('Bez rezerwacji — wybierz sprawę');
  await expectNoAxeViolations(kiosk);
  await kiosk.getByRole('button', { name: category.name, exact: true }).click();
  const walkInTicket = kiosk.getByRole('region', { name: 'Twój numer' });
  const walkIn = (await walkInTicket.getByText(/^QW\d{2}$/).textContent())!;
  await expect(walkInTicket).toContainText(category.waitingArea);
  await kiosk.clock.fastForward(31_000);
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText('Pobierz bilet');

  // Called, absent, back to the queue, called again, finished.
  await page.goto('/admin/stanowisko');
  await callNext(page, walkIn);
  await page.getByRole('button', { name: 'Nie podszedł' }).click();
  await expectStatus(page, `${walkIn}: nie podszedł.`);
  await page.getByRole('button', { name: `Wróć do kolejki: ${walkIn}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(category.name) })).toContainText('1');
  await callNext(page, walkIn);
  await page.getByRole('button', { name: 'Wezwij ponownie' }).click();
  await expectStatus(page, `Wezwano ponownie ${walkIn}.`);
  await page.getByRole('button', { name: 'Zakończ' }).click();
  await expectStatus(page, `${walkIn}: zakończono.`);
  await expectNoAxeViolations(page);
  await kioskContext.close();

  // Without JavaScript too: pairing and a walk-in ticket are plain form posts.
  await page.goto('/admin/biletomat?biuro=cup');
  await page.getByLabel('Nazwa urządzenia').fill('Biletomat bez skryptów');
  await page.getByRole('button', { name: 'Utwórz kod parowania' }).click();
  const second = (await page.getByText(/^\d{4} \d{4}$/).textContent())!.replace(' ', '');
  const plainContext = await browser.newContext({ viewport: PORTRAIT, javaScriptEnabled: false });
  const plain = await plainContext.newPage();
  await plain.goto('/kiosk/cup');
  await plain.getByLabel('Kod parowania (8 cyfr)').fill(second);
  await plain.getByRole('button', { name: 'Sparuj urządzenie' }).click();
  await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Pobierz bilet');
  await plain.getByRole('link', { name: /Bez rezerwacji/ }).click();
  await plain.getByRole('button', { name: category.name, exact: true }).click();
  await expect(plain.getByRole('region', { name: 'Twój numer' }).getByText(/^QW\d{2}$/)).toBeVisible();
  await plainContext.close();

  // "Odłącz" says what it did, in a status line a screen reader announces; the row says since when.
  await page.goto('/admin/biletomat?biuro=cup');
  await page.getByRole('button', { name: 'Odłącz: Biletomat e2e' }).click();
  await expectStatus(page, 'Odłączono urządzenie „Biletomat e2e”. Nie wyda już żadnego biletu.');
  await expect(page.getByRole('row', { name: /Biletomat e2e/ })).toContainText('odłączone');
  await expectNoAxeViolations(page);
});

/** Why the kiosk refused (in the screen's main part: Next's route announcer is an alert too). */
const refusalOf = (kiosk: Page) => kiosk.getByRole('main').getByRole('alert');

/** The counter form's answer (each form has its own status line). */
async function expectStatus(page: Page, text: string) {
  await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
}

async function callNext(page: Page, number: string) {
  await page.getByRole('button', { name: 'Wezwij następnego' }).click();
  await expectStatus(page, `Wezwano ${number} do stanowiska 7.`);
  await expect(page.getByRole('region', { name: 'Wezwany numer' })).toContainText(number);
}
