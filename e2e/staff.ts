// Staff accounts for e2e: the administrator the seed created (scripts/e2e.mjs sets its e-mail
// and password), and clerks a spec creates for itself directly in the database.
import crypto from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { type Page, expect } from '@playwright/test';
import pg from 'pg';

export const ADMIN = {
  email: process.env.ADMIN_EMAIL ?? 'admin@termin.local',
  password: process.env.ADMIN_PASSWORD ?? 'e2e-administrator-haslo',
};

/** Runs SQL against the e2e database (the one `with-db --throwaway` started). */
export async function withDb<T>(fn: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client(process.env.DATABASE_URL);
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

/**
 * Tells every app instance that the catalogue (offices, categories, matters, regulations, notices)
 * was changed behind its back, as README asks of an edit made with psql: their copies are dropped
 * when the notification arrives, a few milliseconds later.
 */
export async function announceCatalogueEdit(db: pg.Client): Promise<void> {
  await db.query('NOTIFY termin_cache');
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/admin/logowanie');
  await page.getByLabel('E-mail służbowy').fill(email);
  await page.getByLabel('Hasło').fill(password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await expect(page.getByRole('button', { name: 'Wyloguj' })).toBeVisible();
}

export const signInAsAdmin = (page: Page) => signIn(page, ADMIN.email, ADMIN.password);

/** A fresh account of the given role (a clerk belongs to the office with `officeSlug`). */
export async function createStaff(role: 'ADMIN' | 'CLERK', officeSlug?: string) {
  const email = `${role.toLowerCase()}-${crypto.randomBytes(4).toString('hex')}@um.opole.pl`;
  const password = `haslo-${crypto.randomBytes(6).toString('hex')}`;
  await withDb(async (db) => {
    const office = officeSlug
      ? (await db.query<{ id: string }>('SELECT id FROM "Office" WHERE slug = $1', [officeSlug])).rows[0]?.id
      : null;
    await db.query(
      `INSERT INTO "StaffUser" (id, email, name, "passwordHash", role, "officeId")
       VALUES (gen_random_uuid(), $1, $2, $3, $4::"StaffRole", $5)`,
      [
        email,
        role === 'ADMIN' ? 'Administrator testowy' : 'Urzędnik testowy',
        await hash(password),
        role,
        office,
      ],
    );
  });
  return { email, password };
}

/** The page fits its viewport (no sideways scrolling on a 360 px phone); names what sticks out. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').split(' ').slice(0, 3).join('.')}`,
      );
  });
  expect(overflow).toEqual([]);
}
