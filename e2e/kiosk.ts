// Steps of the ticket machine's and the counter's specs: a category of an office opened for the
// current moment (so a spec passes at any hour, on any day, but in the minute or two around
// midnight, when the office day ends), a visit booked for now, the keypad.
import crypto from 'node:crypto';
import { type Page, expect } from '@playwright/test';
import { announceCatalogueEdit, withDb } from './staff';

export const warsawDate = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(d);

/**
 * A category of `officeSlug` open all day every day, taking walk-ins until a minute or two before
 * midnight, with one matter; its ticket letter is `letter`.
 */
export async function openCategoryNow(officeSlug: string, letter: string) {
  const tag = crypto.randomBytes(3).toString('hex');
  const category = {
    slug: `kolejka-${tag}`,
    name: `Kolejka testowa ${tag}`,
    waitingArea: 'Sala 5, rząd krzeseł przy oknie',
  };
  return withDb(async (db) => {
    // A letter is unique among an office's active categories: an earlier run's category gives it up.
    await db.query(
      `UPDATE "ServiceCategory" SET active = false
       WHERE "ticketPrefix" = $2 AND active AND slug LIKE 'kolejka-%'
         AND "officeId" = (SELECT id FROM "Office" WHERE slug = $1)`,
      [officeSlug, letter],
    );
    const { id } = (
      await db.query<{ id: string }>(
        `INSERT INTO "ServiceCategory" (id, "officeId", slug, name, "ticketPrefix", "walkInEnabled", "walkInStopMin",
           "waitingArea", "sortOrder", "updatedAt")
         SELECT gen_random_uuid(), o.id, $2, $3, $4, true, 0, $5, 99, now() FROM "Office" o WHERE o.slug = $1
         RETURNING id`,
        [officeSlug, category.slug, category.name, letter, category.waitingArea],
      )
    ).rows[0]!;
    const matter = (
      await db.query<{ id: string }>(
        `INSERT INTO "Matter" (id, "categoryId", slug, name) VALUES (gen_random_uuid(), $1, 'sprawa', 'Sprawa testowa') RETURNING id`,
        [id],
      )
    ).rows[0]!.id;
    // Walk-ins stop once the rest of the day's seat-minutes cannot take one more visit: with 60
    // seats a time that is the day's last minute or two, not its last quarter of an hour.
    for (let weekday = 1; weekday <= 7; weekday++)
      await db.query(
        `INSERT INTO "OpeningRule" (id, "categoryId", weekday, "opensAt", "closesAt", "slotMinutes", counters)
         VALUES (gen_random_uuid(), $1, $2, 0, 1440, 15, 60)`,
        [id, weekday],
      );
    await announceCatalogueEdit(db);
    return { ...category, id, matter };
  });
}

/** A confirmed online booking of the category starting this minute (the kiosk takes its code now). */
export async function bookNow(category: { id: string; matter: string }, officeSlug: string) {
  const reference = `Q-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
  const kioskCode = String(crypto.randomInt(1e7, 1e8));
  const startsAt = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  await withDb(async (db) => {
    const { id } = (
      await db.query<{ id: string }>(
        `INSERT INTO "Booking" (id, reference, "officeId", "categoryId", "matterId", "startsAt", "endsAt", status,
           "kioskCode", email, "confirmedAt", "updatedAt")
         SELECT gen_random_uuid(), $1, o.id, $2, $3, $4, $4::timestamptz + interval '15 minutes', 'CONFIRMED', $5, $6, now(), now()
         FROM "Office" o WHERE o.slug = $7 RETURNING id`,
        [
          reference,
          category.id,
          category.matter,
          startsAt,
          kioskCode,
          `kolejka-${reference.toLowerCase()}@example.com`,
          officeSlug,
        ],
      )
    ).rows[0]!;
    await db.query(
      `INSERT INTO "SlotClaim" ("categoryId", "startsAt", seat, "bookingId") VALUES ($1, $2, 1, $3)`,
      [category.id, startsAt, id],
    );
  });
  return { reference, kioskCode, startsAt };
}

/** Types digits on the on-screen keypad (its buttons, as a finger would). */
export async function typeOnKeypad(page: Page, digits: string) {
  for (const d of digits) await page.getByRole('button', { name: d, exact: true }).click();
}

/** No link of the page leads off the ticket machine's pages. */
export async function expectNoLinksOffKiosk(page: Page) {
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((h) => !h.startsWith('/kiosk/') && !h.startsWith('#'))).toEqual([]);
}
