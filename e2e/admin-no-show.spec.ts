import crypto from 'node:crypto';
import { type Page, expect, test } from '@playwright/test';
import { addDays, atLocalTime, localDateOf } from '../lib/domain/time';
import { expectNoAxeViolations } from './axe';
import { chooseFirstFreeTime } from './booking';
import { waitForEmail } from './mail';
import { announceCatalogueEdit, createStaff, signIn, signInAsAdmin, withDb } from './staff';

/**
 * An office of this run's own (the block must not touch the seeded offices' residents): two
 * categories, the first bookable every day, and yesterday's two confirmed visits of one resident
 * (one per category, as the contact lock allows), each holding its seat and its contact's locks.
 */
async function seedOfficeWithPastVisits(email: string, phone: string) {
  const tag = crypto.randomBytes(3).toString('hex');
  const slug = `nieobecnosci-${tag}`;
  const yesterday = addDays(localDateOf(new Date()), -1);
  const startsAt = atLocalTime(yesterday, 9 * 60);
  const endsAt = new Date(startsAt.getTime() + 15 * 60_000);
  const visits: { category: string; reference: string }[] = [];
  await withDb(async (db) => {
    const office = (
      await db.query<{ id: string }>(
        `INSERT INTO "Office" (id, slug, name, "shortName", address, "postalCode", "bookingPhone", "sortOrder", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'N', 'ul. Testowa 1', '45-000', '77 54 11 361', 900, now()) RETURNING id`,
        [slug, `Biuro testowe blokad ${tag}`],
      )
    ).rows[0]!.id;
    for (const [i, cat] of ['Kategoria A', 'Kategoria B'].entries()) {
      const category = (
        await db.query<{ id: string }>(
          `INSERT INTO "ServiceCategory" (id, "officeId", slug, name, "sortOrder", "ticketPrefix", "updatedAt")
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now()) RETURNING id`,
          [office, `kat-${'ab'[i]}`, cat, i, 'AB'[i]],
        )
      ).rows[0]!.id;
      const matter = (
        await db.query<{ id: string }>(
          `INSERT INTO "Matter" (id, "categoryId", slug, name) VALUES (gen_random_uuid(), $1, 'sprawa', 'Sprawa testowa') RETURNING id`,
          [category],
        )
      ).rows[0]!.id;
      if (i === 0)
        for (let weekday = 1; weekday <= 7; weekday++)
          await db.query(
            `INSERT INTO "OpeningRule" (id, "categoryId", weekday, "opensAt", "closesAt", "slotMinutes", counters)
             VALUES (gen_random_uuid(), $1, $2, 0, 1440, 30, 2)`,
            [category, weekday],
          );
      const reference = `N-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
      const booking = (
        await db.query<{ id: string }>(
          `INSERT INTO "Booking" (id, reference, "officeId", "categoryId", "matterId", "startsAt", "endsAt", status,
             "kioskCode", email, phone, "confirmedAt", "updatedAt")
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, 'CONFIRMED', $7, $8, $9, $5::timestamptz - interval '3 days', now())
           RETURNING id`,
          [
            reference,
            office,
            category,
            matter,
            startsAt,
            endsAt,
            String(crypto.randomInt(1e7, 1e8)),
            email,
            phone,
          ],
        )
      ).rows[0]!.id;
      await db.query(
        `INSERT INTO "SlotClaim" ("categoryId", "startsAt", seat, "bookingId") VALUES ($1, $2, 1, $3)`,
        [category, startsAt, booking],
      );
      await db.query(
        `INSERT INTO "ContactLock" ("categoryId", kind, value, "bookingId") VALUES ($1, 'EMAIL', $2, $4), ($1, 'PHONE', $3, $4)`,
        [category, email, phone, booking],
      );
      visits.push({ category: cat, reference });
    }
    await announceCatalogueEdit(db);
  });
  return { slug, yesterday, visits };
}

async function markNoShow(page: Page, category: string, reference: string) {
  await page.getByLabel('Kategoria', { exact: true }).selectOption({ label: category });
  await page.getByRole('button', { name: 'Pokaż listę' }).click();
  const row = page.getByRole('row', { name: new RegExp(reference) });
  await row.getByRole('button', { name: 'Nieobecność' }).click();
  await expect(row.getByRole('status')).toHaveText(`${reference}: zapisano status „Nieobecność”.`);
  await expect(row.getByRole('cell', { name: 'Nieobecność', exact: true })).toBeVisible();
}

test('no-shows recorded from the list block the contact online, the resident is told by e-mail', async ({
  page,
}) => {
  const n = String(Date.now()).slice(-7);
  const email = `nieobecny-${test.info().project.name}-${Date.now()}@example.com`;
  const phone = `+48692${n}`.slice(0, 12);
  const office = await seedOfficeWithPastVisits(email, phone);

  // A clerk of that office marks both of yesterday's visits as no-shows.
  const clerk = await createStaff('CLERK', office.slug);
  await signIn(page, clerk.email, clerk.password);
  await page.goto(`/admin/lista?data=${office.yesterday}`);
  await expect(page.getByLabel('Biuro', { exact: true })).toHaveCount(0); // a clerk sees only their office
  await markNoShow(page, 'Kategoria A', office.visits[0]!.reference);
  await expectNoAxeViolations(page);
  await markNoShow(page, 'Kategoria B', office.visits[1]!.reference);
  await page.getByRole('button', { name: 'Wyloguj' }).click();
  await expect(page.getByText('Wylogowano.')).toBeVisible();

  // The administrator sees both blocks, by the rule.
  await signInAsAdmin(page);
  await page.goto(`/admin/blokady?biuro=${office.slug}`);
  const blocks = page.getByRole('region', { name: /^Aktywne blokady/ });
  for (const contact of [email, phone]) {
    const row = blocks.getByRole('row', { name: new RegExp(contact.replace('+', '\\+')) });
    await expect(row).toContainText('zasada nieobecności');
    await expect(row).toContainText('2 nieobecności');
  }
  await expectNoAxeViolations(page);

  // The reason and the end date go to the address (30 days from now, in Opole).
  const end = new Intl.DateTimeFormat('pl-PL', {
    timeZone: 'Europe/Warsaw',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.now() + 30 * 86_400_000));
  const mail = await waitForEmail(email, /Rezerwacja internetowa zablokowana/);
  expect(mail.subject).toContain(end);

  // Online booking with that address is refused, pointing to the phone line; nothing says why.
  await chooseFirstFreeTime(page, `/rezerwacja/${office.slug}/kat-a?sprawa=sprawa`);
  await page.getByLabel('Adres e-mail').fill(email);
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.getByRole('button', { name: 'Zarezerwuj' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'nie jest możliwa' });
  await expect(refusal).toContainText('77 54 11 361');
  await expect(page.getByText(/nieobecno/i)).toHaveCount(0); // the reason stays in the e-mail
  await expect(page.getByText(end)).toHaveCount(0);
});

test('the blocks page: an administrator adds a block by hand, lifts it with a reason, edits the rule', async ({
  page,
}) => {
  const email = `reczna-${test.info().project.name}-${Date.now()}@example.com`;
  const office = await seedOfficeWithPastVisits(`inny-${email}`, `+48693${String(Date.now()).slice(-6)}`);
  await signInAsAdmin(page);
  await page.goto(`/admin/blokady?biuro=${office.slug}`);
  await expect(page.getByText('W tym biurze nie ma aktywnych blokad.')).toBeVisible();

  await page.getByLabel('Adres e-mail').fill(email);
  await page.getByLabel('Powód', { exact: true }).fill('odsprzedaż terminów');
  await page.getByRole('button', { name: 'Dodaj blokadę' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Blokada dodana.' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('dodana ręcznie');
  await expect(row).toContainText('odsprzedaż terminów');
  await waitForEmail(email, /Rezerwacja internetowa zablokowana/);

  await row.getByLabel(/Powód zdjęcia/).fill('wyjaśniono telefonicznie');
  await row.getByRole('button', { name: 'Zdejmij' }).click();
  await expect(page.getByText('W tym biurze nie ma aktywnych blokad.')).toBeVisible();

  await page.getByLabel('Liczba nieobecności').fill('3');
  await page.getByRole('button', { name: 'Zapisz zasadę' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zasada blokowania zapisana' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Liczba nieobecności')).toHaveValue('3');
  await expectNoAxeViolations(page);
});
