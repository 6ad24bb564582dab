import crypto from 'node:crypto';
import { type Page, expect, test } from '@playwright/test';
import { isPublicHoliday } from '../lib/domain/holidays';
import { addDays, atLocalTime, isoWeekday, localDateOf, parseHm } from '../lib/domain/time';
import { formatLocalDate } from '../lib/i18n/format';
import { expectNoAxeViolations } from './axe';
import { uniqueEmail } from './booking';
import { waitForEmail } from './mail';
import { announceCatalogueEdit, signInAsAdmin, withDb } from './staff';

// Each test works on an office and category of its own (other specs book the seeded WSO/CUP
// days), open Mon–Fri 08:00–12:00 in 15-minute visits at 2 counters.
async function createOwnOffice() {
  const tag = `${test.info().project.name}-${crypto.randomBytes(3).toString('hex')}`;
  const office = {
    slug: `harm-${tag}`,
    name: `Biuro harmonogramu ${tag}`,
    category: 'kategoria',
    matter: 'sprawa',
  };
  const categoryId = await withDb(async (db) => {
    const o = await db.query<{ id: string }>(
      `INSERT INTO "Office" (id, slug, name, "shortName", address, "postalCode", "bookingPhone", "sortOrder", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, 'H', 'ul. Testowa 1', '45-000', '77 54 11 361', 100, now()) RETURNING id`,
      [office.slug, office.name],
    );
    const c = await db.query<{ id: string }>(
      `INSERT INTO "ServiceCategory" (id, "officeId", slug, name, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, 'Sprawy testowe', now()) RETURNING id`,
      [o.rows[0]!.id, office.category],
    );
    const id = c.rows[0]!.id;
    await db.query(
      `INSERT INTO "Matter" (id, "categoryId", slug, name, "peupPath") VALUES (gen_random_uuid(), $1, $2, 'Sprawa testowa', '/test')`,
      [id, office.matter],
    );
    for (const weekday of [1, 2, 3, 4, 5])
      await db.query(
        `INSERT INTO "OpeningRule" (id, "categoryId", weekday, "opensAt", "closesAt", "slotMinutes", counters)
         VALUES (gen_random_uuid(), $1, $2, 480, 720, 15, 2)`,
        [id, weekday],
      );
    await announceCatalogueEdit(db);
    return id;
  });
  return { ...office, categoryId };
}

type Own = Awaited<ReturnType<typeof createOwnOffice>>;

/** A confirmed visit written straight to the database, holding seat 1 of its time. */
async function insertBooking(own: Own, startsAt: Date, reference: string, email: string) {
  await withDb(async (db) => {
    const b = await db.query<{ id: string }>(
      `INSERT INTO "Booking" (id, reference, "officeId", "categoryId", "matterId", "startsAt", "endsAt", status,
         "kioskCode", email, "confirmedAt", "updatedAt")
       SELECT gen_random_uuid(), $1, c."officeId", c.id, m.id, $2, $3, 'CONFIRMED', $4, $5, now(), now()
       FROM "ServiceCategory" c JOIN "Matter" m ON m."categoryId" = c.id WHERE c.id = $6 RETURNING id`,
      [
        reference,
        startsAt,
        new Date(startsAt.getTime() + 15 * 60_000),
        String(crypto.randomInt(10_000_000, 99_999_999)),
        email,
        own.categoryId,
      ],
    );
    await db.query(
      `INSERT INTO "SlotClaim" ("categoryId", "startsAt", seat, "bookingId") VALUES ($1, $2, 1, $3)`,
      [own.categoryId, startsAt, b.rows[0]!.id],
    );
  });
}

const today = () => localDateOf(new Date());
/** The first working day of `weekday` after today that is not a public holiday. */
function next(weekday: number, after = today()): string {
  let d = addDays(after, 1);
  while (isoWeekday(d) !== weekday || isPublicHoliday(d)) d = addDays(d, 1);
  return d;
}

/** The public calendar of the office's category, at the month of `date` (regulations accepted). */
async function openPublicCalendar(page: Page, own: Own, date: string) {
  const base = `/rezerwacja/${own.slug}/${own.category}`;
  await page.goto(base);
  const accept = page.getByRole('checkbox', { name: 'Akceptuję Regulamin' });
  if (await accept.isVisible()) {
    await accept.check();
    await page.getByRole('button', { name: 'Dalej' }).click();
    await expect(page.getByRole('group', { name: 'Wybierz sprawę' })).toBeVisible();
  }
  await page.goto(`${base}?sprawa=${own.matter}&miesiac=${date.slice(0, 7)}`);
  return page.getByRole('table').filter({ has: page.locator('caption', { hasText: 'Kalendarz' }) });
}

const dayLabel = (date: string) => formatLocalDate(date);

test('an administrator edits the opening hours of a category: errors next to the field, then saved and offered', async ({
  page,
}) => {
  test.slow(); // three axe sweeps and four saves: over 30 s on a loaded 2-core machine
  const own = await createOwnOffice();
  await signInAsAdmin(page);
  await page.goto('/admin');
  await page
    .getByRole('navigation', { name: 'Panel urzędu' })
    .getByRole('link', { name: 'Harmonogramy' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harmonogramy');
  await page.getByLabel('Biuro', { exact: true }).selectOption({ label: own.name });
  await page.getByRole('button', { name: 'Pokaż' }).click();
  await expect(page.getByRole('link', { name: 'Sprawy testowe' })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);

  const monday = (f: string) => page.getByLabel(`Poniedziałek, blok 1: ${f}`);
  await expect(monday('otwarcie')).toHaveValue('08:00');
  await monday('zamknięcie').fill('07:00');
  await page.getByRole('button', { name: 'Zapisz godziny przyjęć' }).click();
  await expect(monday('zamknięcie')).toHaveAccessibleDescription(
    'Godzina zamknięcia musi być późniejsza niż otwarcia (08:00).',
  );
  await expect(monday('zamknięcie')).toHaveAttribute('aria-invalid', 'true');
  // Under the long table, a list of the problems links back to each field.
  await page.getByRole('link', { name: 'Poniedziałek, blok 1: zamknięcie' }).click();
  await expect(monday('zamknięcie')).toBeInViewport();
  await expect(monday('zamknięcie')).toHaveValue('07:00'); // kept as typed
  await expectNoAxeViolations(page);

  // Monday until 14:00, and a Saturday morning block at one counter.
  await monday('zamknięcie').fill('14:00');
  await page.getByLabel('Sobota, blok 1 (nowy): otwarcie').fill('09:00');
  await page.getByLabel('Sobota, blok 1 (nowy): zamknięcie').fill('11:00');
  await page.getByLabel('Sobota, blok 1 (nowy): wizyta (min)').fill('30');
  await page.getByLabel('Sobota, blok 1 (nowy): stanowiska').fill('1');
  await page.getByRole('button', { name: 'Zapisz godziny przyjęć' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano godziny przyjęć.' })).toBeVisible();
  await expect(page.getByLabel('Sobota, blok 1: otwarcie')).toHaveValue('09:00');
  await expect(monday('zamknięcie')).toHaveValue('14:00');

  // A visit booked on Monday afternoon: taking the afternoon back is refused with the list.
  const reference = `H-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
  await insertBooking(own, atLocalTime(next(1), parseHm('13:30')), reference, uniqueEmail('harmonogram'));
  await monday('zamknięcie').fill('12:00');
  await page.getByRole('button', { name: 'Zapisz godziny przyjęć' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'ta zmiana usunęłaby 1 wizytę' })).toBeVisible();
  const impact = page.getByRole('region', { name: 'Zmiana dotyczy zarezerwowanych wizyt: 1' });
  await expect(impact.getByRole('row').filter({ hasText: reference })).toContainText('13:30');
  await expect(impact.getByRole('button', { name: 'Zapisz i odwołaj 1 wizytę' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(monday('zamknięcie')).toHaveValue('14:00'); // nothing was saved

  // The release horizon, in the same page.
  await page.getByLabel('Na ile dni naprzód udostępniać terminy').fill('21');
  await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page.getByText('Zapisano: terminy są udostępniane 21 dni naprzód.')).toBeVisible();

  // The resident now finds Saturday's times, the last one at 10:30.
  const saturday = next(6);
  const calendar = await openPublicCalendar(page, own, saturday);
  await calendar.getByRole('link', { name: `${dayLabel(saturday)}: wolne terminy` }).click();
  const times = page.getByRole('region', { name: /^Wolne godziny:/ }).getByRole('link');
  await expect(times).toHaveCount(4);
  await expect(times.last()).toContainText('10:30');
});

test('tried as a new user: close next Friday for a staff training, and the day turns non-bookable', async ({
  page,
}) => {
  const own = await createOwnOffice();
  const friday = next(5);
  let calendar = await openPublicCalendar(page, own, friday);
  await expect(calendar.getByRole('link', { name: `${dayLabel(friday)}: wolne terminy` })).toBeVisible();

  await signInAsAdmin(page);
  await page.goto(`/admin/harmonogram?biuro=${own.slug}`);
  const form = page.getByRole('form', { name: 'Dodaj zamknięcie' });
  await form.getByLabel('Od dnia').fill(friday);
  await form.getByLabel('Powód', { exact: true }).fill('szkolenie pracowników');
  await form.getByRole('button', { name: 'Zamknij wybrane dni' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Zamknięto: Sprawy testowe, ${dayLabel(friday)}.` }),
  ).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'szkolenie pracowników' });
  await expect(row.getByRole('rowheader')).toHaveText(dayLabel(friday));
  await expect(
    page.getByRole('region', { name: 'Najbliższe święta' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  calendar = await openPublicCalendar(page, own, friday);
  await expect(calendar.getByRole('link', { name: new RegExp(`^${dayLabel(friday)}`) })).toHaveCount(0);
  await expect(
    calendar.getByRole('img', { name: `${dayLabel(friday)}: urząd nieczynny (szkolenie pracowników)` }),
  ).toBeVisible();
  await expect(calendar.getByRole('link', { name: `${dayLabel(next(4))}: wolne terminy` })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a closure over a booked day lists the visit, then "zapisz i odwołaj" cancels it and e-mails the resident', async ({
    page,
  }) => {
    const own = await createOwnOffice();
    const day = next(3, addDays(today(), 7));
    const email = uniqueEmail('harmonogram');
    const reference = `H-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
    const startsAt = atLocalTime(day, parseHm('09:00'));
    await insertBooking(own, startsAt, reference, email);

    await signInAsAdmin(page);
    await page.goto(`/admin/harmonogram?biuro=${own.slug}`);
    const form = page.getByRole('form', { name: 'Dodaj zamknięcie' });
    await form.getByLabel('Od dnia').fill(day);
    await form.getByLabel('Powód', { exact: true }).fill('awaria systemu');
    await form.getByRole('button', { name: 'Zamknij wybrane dni' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'ta zmiana usunęłaby 1 wizytę' })).toBeVisible();
    const impact = page.getByRole('region', { name: 'Zmiana dotyczy zarezerwowanych wizyt: 1' });
    await expect(impact.getByRole('row').filter({ hasText: reference })).toContainText('09:00');
    await expect(impact).toContainText('Sprawa testowa');
    await expect(page.getByRole('row').filter({ hasText: 'awaria systemu' })).toHaveCount(0); // nothing saved

    await impact.getByLabel('Powód odwołania wizyt').fill('awaria systemu — wydział nieczynny');
    await impact.getByRole('button', { name: 'Zapisz i odwołaj 1 wizytę' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Odwołano 1 wizytę' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'awaria systemu' })).toBeVisible();

    const mail = await waitForEmail(email, new RegExp(`Wizyta odwołana przez urząd — ${reference}`));
    const text = mail.raw.replace(/=\r?\n/g, '');
    expect(text).toContain('awaria systemu');
    expect(text).toContain('77 54 11 361');
    const status = await withDb((db) =>
      db.query<{ status: string; claims: string }>(
        `SELECT status, (SELECT count(*) FROM "SlotClaim" s WHERE s."bookingId" = b.id) AS claims
         FROM "Booking" b WHERE reference = $1`,
        [reference],
      ),
    );
    expect(status.rows[0]).toEqual({ status: 'CANCELLED', claims: '0' });
  });
});
