import crypto from 'node:crypto';
import { type Page, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { chooseFirstFreeTime } from './booking';
import { readCodeFromEmail } from './mail';
import { ADMIN, createStaff, signIn, signInAsAdmin, withDb } from './staff';

/** Who opened the contact of the booking `reference`, from the audit log, oldest first. */
async function contactViews(reference: string) {
  return withDb(async (db) => {
    const r = await db.query<{ actor: string; shown: string[] }>(
      `SELECT a.actor, a.data->'shown' AS shown FROM "AuditLog" a JOIN "Booking" b ON b.id::text = a."entityId"
       WHERE a.action = 'booking.contact.view' AND b.reference = $1 ORDER BY a.id`,
      [reference],
    );
    return r.rows;
  });
}

const warsawDate = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date(iso));
const warsawTime = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );

/**
 * An ID-card pickup booked and confirmed in the public flow at the Centrum Usług Publicznych
 * (whose ticket machine is on, so the confirmation gives a kiosk code); what the confirmation shows.
 */
async function bookPickup(page: Page, who: { email: string; phone: string; application: string }) {
  await chooseFirstFreeTime(page, '/rezerwacja/cup/sprawy-obywatelskie?sprawa=dowod-odbior');
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
    .getByText(/^C-[A-Z0-9]{6}$/)
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
  test.slow(); // a whole online booking, then four axe sweeps: over 30 s on a loaded 2-core machine
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
  await page.getByLabel('Biuro', { exact: true }).selectOption({ label: 'Centrum Usług Publicznych' });
  await page.getByLabel('Kategoria', { exact: true }).selectOption({ label: 'Sprawy obywatelskie' });
  await page.getByLabel('Dzień', { exact: true }).fill(booking.date);
  await page.getByRole('button', { name: 'Pokaż listę' }).click();

  const row = page.getByRole('row', { name: new RegExp(booking.reference) });
  await expect(row).toContainText(booking.time);
  await expect(row).toContainText('Odbiór nowego dowodu osobistego');
  await expect(row).toContainText(who.application); // the clerk prepares the ID card before the visit
  await expect(row).toContainText('Umówiona');
  await expect(row).toContainText('online');
  // Contact data is not in the page at all, neither in its HTML nor in its script payload: it
  // comes on request, for the desk, and that request is on record.
  const served = await (await page.request.get(page.url())).text();
  expect(served).toContain(booking.reference);
  for (const contact of [who.email, `+48${who.phone}`]) {
    expect(served).not.toContain(contact);
    expect(await page.content()).not.toContain(contact);
  }
  const show = row.getByRole('button', { name: `Pokaż kontakt ${booking.reference}` });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(row.getByText(who.email)).toBeVisible();
  await expect(row.getByText(`+48${who.phone}`)).toBeVisible();
  const hide = row.getByRole('button', { name: `Ukryj kontakt ${booking.reference}` });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  expect(await contactViews(booking.reference)).toEqual([{ actor: ADMIN.email, shown: ['email', 'phone'] }]);
  await expectNoAxeViolations(page);
  await hide.click();
  await expect(row.getByText(who.email)).toHaveCount(0);
  expect(await contactViews(booking.reference)).toHaveLength(1); // hiding is not a view

  // The print view: time and identifier only.
  await page.getByRole('link', { name: 'Wersja do druku (bez danych osobowych)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lista przyjęć');
  await expect(page.getByText(/Centrum Usług Publicznych — Sprawy obywatelskie/)).toBeVisible();
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
    await expect(found).toContainText('Centrum Usług Publicznych');
    await expect(found).toContainText(booking.time);
    await expect(found).toContainText('Umówiona');
  }
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a clerk opens one visit’s contact with a plain form post, on record', async ({ page }) => {
    test.skip(test.info().project.name === 'mobile', 'the same page; checked once');
    // A confirmed visit of the seeded office, on a day of its own (100 days ahead).
    const reference = `K-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
    const email = `kontakt-${Date.now()}@example.com`;
    const date = warsawDate(new Date(Date.now() + 100 * 86_400_000).toISOString());
    await withDb((db) =>
      db.query(
        `INSERT INTO "Booking" (id, reference, "officeId", "categoryId", "matterId", "startsAt", "endsAt", status,
           "kioskCode", email, phone, "confirmedAt", "updatedAt")
         SELECT gen_random_uuid(), $1, o.id, c.id, m.id, $2::timestamptz, $2::timestamptz + interval '15 minutes',
           'CONFIRMED', $3, $4, '+48600100777', now(), now()
         FROM "Office" o JOIN "ServiceCategory" c ON c."officeId" = o.id JOIN "Matter" m ON m."categoryId" = c.id
         WHERE o.slug = 'wso' AND c.slug = 'sprawy-obywatelskie' ORDER BY m."sortOrder", m.slug LIMIT 1`,
        [reference, `${date}T08:00:00Z`, String(crypto.randomInt(1e7, 1e8)), email],
      ),
    );
    const clerk = await createStaff('CLERK', 'wso');
    await signIn(page, clerk.email, clerk.password);
    await page.goto(`/admin/lista?kategoria=sprawy-obywatelskie&data=${date}`);
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await expect(row).toContainText('Umówiona');
    expect(await page.content()).not.toContain(email);

    await row.getByRole('button', { name: `Pokaż kontakt ${reference}` }).click();
    const shown = page.getByRole('row', { name: new RegExp(reference) });
    await expect(shown.getByText(email)).toBeVisible();
    await expect(shown.getByText('+48600100777')).toBeVisible();
    await expect(shown.getByRole('button', { name: `Ukryj kontakt ${reference}` })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(await contactViews(reference)).toEqual([{ actor: clerk.email, shown: ['email', 'phone'] }]);
    // Only that row's: no other address is in the page (this one is, in the text and its payload).
    expect(new Set((await page.content()).match(/[\w.+-]+@example\.com/g))).toEqual(new Set([email]));
  });
});
