// What the public pages and the hold read from this process's copies (createCatalogueCache): the
// category, the offices, their phones, the current regulations, the notices. An edit made on
// another instance reaches this one only through PostgreSQL (the edit's NOTIFY on termin_cache):
// here it is made on a connection of its own, as that instance's transaction makes it, and the
// copy must change once it commits, and not before.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { createTestAdmin } from '@/lib/testing/catalogue';
import { recordCacheNotices, whileQuiet } from '@/lib/testing/cache-notices';
import { createTestCategory } from '@/lib/testing/fixtures';
import { listActiveAnnouncements } from '@/lib/server/notices/list-active-announcements';
import { announcementSchema, publishAnnouncement } from '@/lib/server/notices/publish-announcement';
import { deactivateAnnouncement } from '@/lib/server/notices/deactivate-announcement';
import { isCatalogueCacheListening, stopCatalogueListener } from './catalogue-cache';
import { findCategoryById, getCategory, listOffices } from './get-category';
import { listBookingPhones } from './list-booking-phones';
import { type ChangeListener, listenForChanges } from './listen-for-changes';

// React's per-request cache is no cache outside a request: each call below reads the copy.
vi.mock('react', async (original) => ({
  ...(await original<typeof import('react')>()),
  cache: <T>(fn: T) => fn,
}));

/** The other instance: its own connection, its transaction NOTIFYing as changeCatalogue does. */
const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
async function editElsewhere(sql: string, params: unknown[], notify = true) {
  await other.query('BEGIN');
  await other.query(sql, params);
  if (notify) await other.query(`SELECT pg_notify('termin_cache', 'catalogue')`);
  await other.query('COMMIT');
}

beforeAll(async () => {
  await other.connect();
  await listOffices(); // starts this process's listener
  const end = Date.now() + 10_000;
  while (!isCatalogueCacheListening()) {
    expect(Date.now()).toBeLessThan(end);
    await new Promise((r) => setTimeout(r, 20));
  }
});
afterAll(async () => {
  await other.end();
  await stopCatalogueListener();
  await prisma.$disconnect();
});

async function eventually<T>(read: () => Promise<T>, wanted: (v: T) => boolean, what: string) {
  const end = Date.now() + 10_000;
  for (;;) {
    const v = await read();
    if (wanted(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("this process's copies of the catalogue", () => {
  it('serve a category until an edit elsewhere commits, then its new state', async () => {
    const { office, category } = await createTestCategory();
    const read = () => getCategory(office.slug, category.slug);
    expect((await read())?.name).toBe(category.name);
    expect((await findCategoryById(category.id))?.name).toBe(category.name);

    // Written without a word to anyone: the copy stands (no query per page view), unless another
    // file's edit emptied the copies meanwhile (then the check runs again, with the copy refilled).
    const notices = await recordCacheNotices();
    try {
      const name = await whileQuiet(notices, async () => {
        await read();
        await editElsewhere(
          `UPDATE "ServiceCategory" SET name = 'Po cichu' WHERE id = $1`,
          [category.id],
          false,
        );
        const seen = (await read())?.name;
        await editElsewhere(
          `UPDATE "ServiceCategory" SET name = $2 WHERE id = $1`,
          [category.id, category.name],
          false,
        );
        return seen;
      });
      expect(name).toBe(category.name);
    } finally {
      await notices.stop();
    }

    await editElsewhere(
      `UPDATE "ServiceCategory" SET name = 'Nowa nazwa', "phoneOnly" = true WHERE id = $1`,
      [category.id],
    );
    const seen = await eventually(read, (c) => c?.name === 'Nowa nazwa', 'the new name');
    expect(seen?.phoneOnly).toBe(true);
    expect((await findCategoryById(category.id))?.phoneOnly).toBe(true);

    await editElsewhere(`UPDATE "Matter" SET active = false WHERE "categoryId" = $1`, [category.id]);
    await eventually(read, (c) => c?.matters.length === 0, 'the matters switched off');
    await editElsewhere(`UPDATE "ServiceCategory" SET active = false WHERE id = $1`, [category.id]);
    await eventually(read, (c) => c === null, 'the category switched off');
  });

  it('serve the offices and their phone lines until an edit elsewhere', async () => {
    const { office } = await createTestCategory();
    expect((await listOffices()).some((o) => o.slug === office.slug)).toBe(true);
    const phone = `77 ${String(Date.now()).slice(-7)}`;
    await editElsewhere(`UPDATE "Office" SET "bookingPhone" = $2 WHERE id = $1`, [office.id, phone]);
    await eventually(listBookingPhones, (p) => p.includes(phone), 'the new phone line');
    const o = await eventually(
      listOffices,
      (all) => all.find((x) => x.slug === office.slug)?.bookingPhone === phone,
      'the office',
    );
    expect(o.length).toBeGreaterThan(0);
  });

  it('show a notice published or taken down on another instance', async () => {
    const { office } = await createTestCategory();
    const now = new Date();
    const ids = async () => (await listActiveAnnouncements(office.id, now)).map((n) => n.id);
    const id = crypto.randomUUID();
    await editElsewhere(
      `INSERT INTO "Announcement" (id, "officeId", text, "startsAt") VALUES ($1, $2, 'Zmiana godzin', $3)`,
      [id, office.id, new Date(now.getTime() - 60_000)],
    );
    await eventually(ids, (l) => l.includes(id), 'the notice');
    await editElsewhere(`UPDATE "Announcement" SET active = false WHERE id = $1`, [id]);
    await eventually(ids, (l) => !l.includes(id), 'the notice gone');
  });
});

describe('the edits that change what the copies hold announce it to every instance', () => {
  const listeners: ChangeListener[] = [];
  afterAll(() => Promise.all(listeners.map((l) => l.stop())));

  /** Another instance's listener, counting what it hears. */
  async function instance() {
    const seen = { count: 0 };
    const l = listenForChanges({ connectionString: process.env.DATABASE_URL!, onChange: () => seen.count++ });
    listeners.push(l);
    const end = Date.now() + 10_000;
    while (!l.live) {
      expect(Date.now()).toBeLessThan(end);
      await new Promise((r) => setTimeout(r, 20));
    }
    return seen;
  }

  it('publishing a notice and taking it down', async () => {
    const seen = await instance();
    const before = seen.count;
    const { office } = await createTestCategory();
    const admin = await createTestAdmin();
    const text = `Ogłoszenie ${crypto.randomUUID()}`;
    await publishAnnouncement(admin, announcementSchema.parse({ text, officeId: office.id }), new Date());
    await eventually(
      async () => seen.count,
      (n) => n > before,
      'the announcement of the notice',
    );
    const { id } = await prisma.announcement.findFirstOrThrow({ where: { text }, select: { id: true } });
    const published = seen.count;
    await deactivateAnnouncement(admin, id);
    await eventually(
      async () => seen.count,
      (n) => n > published,
      'the announcement of its end',
    );
  });
});
