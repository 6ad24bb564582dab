import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/server/staff/password';
import { createMigratedDatabase } from '@/lib/testing/databases';
import { seedDatabase } from './seed-catalogue';

// A database of its own: "no administrator yet" cannot hold in the shared test database, where
// other files create (and sign in as) administrators at the same time.
const db = await createMigratedDatabase('seed');
const { prisma } = db;
afterAll(() => db.drop());
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'termin-seed-'));
const env = { TERMIN_DATA_DIR: tmp };

describe('seedDatabase', () => {
  beforeEach(async () => {
    await prisma.staffUser.deleteMany({ where: { role: 'ADMIN' } });
  });

  it("inserts Opole's catalogue as the two documents give it", async () => {
    await seedDatabase(prisma, env);
    const offices = await prisma.office.findMany({
      where: { slug: { in: ['wso', 'cup'] } },
      orderBy: { sortOrder: 'asc' },
      include: {
        categories: { orderBy: { sortOrder: 'asc' }, include: { matters: true } },
        walkInMatters: true,
      },
    });
    expect(offices.map((o) => [o.name, o.address])).toEqual([
      ['Wydział Spraw Obywatelskich', 'pl. Wolności 7-8'],
      ['Centrum Usług Publicznych', 'ul. Rotmistrza Witolda Pileckiego'],
    ]);
    const [wso, cup] = offices;
    expect(wso!.categories.map((c) => [c.name, c.matters.length])).toEqual([['Sprawy obywatelskie', 5]]);
    expect(wso!.walkInMatters.map((w) => [w.room, w.phones])).toEqual(
      expect.arrayContaining([
        ['pokój nr 5', ['77 54 11 357']],
        ['pokój nr 6', ['77 54 11 350']],
        ['pokój nr 9 oraz 207A', ['77 54 11 359', '77 54 11 382']],
      ]),
    );
    expect(cup!.categories.map((c) => [c.name, c.matters.length])).toEqual([
      ['Sprawy obywatelskie', 4],
      ['Rejestracja pojazdu', 5],
      ['Wyrejestrowanie / zgłoszenie zbycia', 3],
      ['Odbiory dowodów rejestracyjnych / Adnotacje', 4],
      ['Prawa jazdy', 5],
      ['Flota', 1],
    ]);
    expect(offices.map((o) => o.kioskEnabled)).toEqual([false, true]);
    expect(cup!.categories.every((c) => c.walkInEnabled && c.waitingArea)).toBe(true);
    expect(wso!.categories.some((c) => c.walkInEnabled)).toBe(false);
    const letters = cup!.categories.map((c) => c.ticketPrefix);
    expect(new Set(letters).size).toBe(letters.length);
    const pickup = wso!.categories[0]!.matters.find((m) => m.slug === 'dowod-odbior')!;
    expect(pickup.requiresApplicationNumber).toBe(true);
    expect(await prisma.regulationsVersion.count({ where: { version: 1 } })).toBe(1);
  });

  it('never undoes what staff changed, and adds no duplicates', async () => {
    await seedDatabase(prisma, env);
    const category = await prisma.serviceCategory.findFirstOrThrow({
      where: { slug: 'prawa-jazdy', office: { slug: 'cup' } },
      include: { openingRules: true, matters: true },
    });
    // Only Opole's rows: other test files create offices of their own at the same time.
    const opole = { slug: { in: ['wso', 'cup'] } };
    const counts = async () => [
      await prisma.office.count({ where: opole }),
      await prisma.serviceCategory.count({ where: { office: opole } }),
      await prisma.matter.count({ where: { category: { office: opole } } }),
      await prisma.openingRule.count({ where: { category: { office: opole } } }),
      await prisma.walkInMatter.count({ where: { office: opole } }),
    ];
    await prisma.office.update({
      where: { slug: 'cup' },
      data: { address: 'ul. Rotmistrza Witolda Pileckiego 12', kioskEnabled: false },
    });
    await prisma.office.update({ where: { slug: 'wso' }, data: { kioskEnabled: true } });
    await prisma.serviceCategory.update({
      where: { id: category.id },
      data: {
        name: 'Prawa jazdy i uprawnienia',
        horizonDays: 21,
        walkInEnabled: false,
        waitingArea: 'Okno 3',
      },
    });
    await prisma.openingRule.deleteMany({ where: { categoryId: category.id, weekday: 5 } });
    await prisma.openingRule.updateMany({
      where: { categoryId: category.id, weekday: 1 },
      data: { counters: 7 },
    });
    await prisma.matter.update({
      where: { id: category.matters[0]!.id },
      data: { peupPath: '/nowa/sciezka' },
    });
    const before = await counts();

    await seedDatabase(prisma, env);

    expect(await counts()).toEqual(before);
    const after = await prisma.serviceCategory.findUniqueOrThrow({
      where: { id: category.id },
      include: { openingRules: true, matters: true, office: true },
    });
    expect(after.office.address).toBe('ul. Rotmistrza Witolda Pileckiego 12');
    expect(after.name).toBe('Prawa jazdy i uprawnienia');
    expect(after.horizonDays).toBe(21);
    expect([after.walkInEnabled, after.waitingArea, after.office.kioskEnabled]).toEqual([
      false,
      'Okno 3',
      false,
    ]);
    expect((await prisma.office.findUniqueOrThrow({ where: { slug: 'wso' } })).kioskEnabled).toBe(true);
    expect(after.openingRules.some((r) => r.weekday === 5)).toBe(false);
    expect(after.openingRules.find((r) => r.weekday === 1)!.counters).toBe(7);
    expect(after.matters.find((m) => m.id === category.matters[0]!.id)!.peupPath).toBe('/nowa/sciezka');
  });

  it('creates the administrator from ADMIN_EMAIL and ADMIN_PASSWORD, once', async () => {
    const r = await seedDatabase(prisma, {
      ...env,
      ADMIN_EMAIL: ' Kierownik@UM.Opole.pl ',
      ADMIN_PASSWORD: 'długie-hasło-123',
    });
    expect(r.admin).toEqual({ email: 'kierownik@um.opole.pl' });
    const admin = await prisma.staffUser.findUniqueOrThrow({ where: { email: 'kierownik@um.opole.pl' } });
    expect(admin.passwordHash).not.toContain('długie-hasło-123');
    expect(await verifyPassword(admin.passwordHash, 'długie-hasło-123')).toBe(true);
    await seedDatabase(prisma, { ...env, ADMIN_EMAIL: 'inny@um.opole.pl', ADMIN_PASSWORD: 'x' });
    expect(await prisma.staffUser.count({ where: { role: 'ADMIN' } })).toBe(1);
  });

  it('generates an administrator password, reports it once and keeps it in the data folder', async () => {
    const r = await seedDatabase(prisma, env);
    expect(r.admin?.password).toMatch(/^[\w-]{16}$/);
    const file = path.join(tmp, 'admin-credentials.txt');
    expect(r.admin?.file).toBe(file);
    expect(fs.readFileSync(file, 'utf8')).toContain(r.admin!.password!);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    const admin = await prisma.staffUser.findUniqueOrThrow({ where: { email: 'admin@termin.local' } });
    expect(await verifyPassword(admin.passwordHash, r.admin!.password!)).toBe(true);
    expect((await seedDatabase(prisma, env)).admin).toBeUndefined();
  });
});
