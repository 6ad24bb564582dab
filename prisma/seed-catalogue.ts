// Inserts what is missing and never updates a row staff can edit: a re-seed after the city
// changed its hours, names or PEUP links leaves their work intact.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseHm } from '@/lib/domain/time';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/server/staff/password';
import { parseRetentionDays } from '@/lib/validation/config';
import { OFFICES, type OfficeSeed } from './catalogue';
import { syncRegulationsRetention } from './sync-regulations';

export type SeedReport = {
  created: string[];
  admin?: { email: string; password?: string; file?: string };
  warnings?: string[];
};

async function seedOffice(prisma: PrismaClient, o: OfficeSeed, report: SeedReport) {
  let office = await prisma.office.findUnique({ where: { slug: o.slug }, select: { id: true } });
  if (!office) {
    office = await prisma.office.create({
      data: {
        slug: o.slug,
        name: o.name,
        shortName: o.shortName,
        address: o.address,
        postalCode: o.postalCode,
        bookingPhone: o.bookingPhone,
        sortOrder: o.sortOrder,
        kioskEnabled: o.kiosk.enabled,
      },
      select: { id: true },
    });
    report.created.push(`office ${o.slug}`);
  }
  for (const [i, c] of o.categories.entries()) {
    const exists = await prisma.serviceCategory.findUnique({
      where: { officeId_slug: { officeId: office.id, slug: c.slug } },
      select: { id: true },
    });
    if (exists) continue;
    const ticketPrefix = await freeTicketLetter(prisma, office.id, c.ticketPrefix);
    if (ticketPrefix !== c.ticketPrefix)
      (report.warnings ??= []).push(
        `kategoria ${o.slug}/${c.slug} dostała literę biletu ${ticketPrefix}: ${c.ticketPrefix} ma już inna aktywna kategoria`,
      );
    // A new category comes with its matters and default hours; an existing one is staff's.
    await prisma.serviceCategory.create({
      data: {
        officeId: office.id,
        slug: c.slug,
        name: c.name,
        description: c.description,
        ticketPrefix,
        walkInEnabled: o.kiosk.walkIns,
        waitingArea: o.kiosk.waitingArea,
        sortOrder: i + 1,
        matters: {
          create: c.matters.map((m, j) => ({
            slug: m.slug,
            name: m.name,
            peupPath: m.peupPath,
            requiresApplicationNumber: m.requiresApplicationNumber ?? false,
            sortOrder: j + 1,
          })),
        },
        openingRules: {
          create: c.rules.flatMap((r) =>
            r.weekdays.map((weekday) => ({
              weekday,
              opensAt: parseHm(r.opens),
              closesAt: parseHm(r.closes),
              slotMinutes: r.slotMinutes,
              counters: r.counters,
            })),
          ),
        },
      },
    });
    report.created.push(`category ${o.slug}/${c.slug}`);
  }
  const walkIn = await prisma.walkInMatter.createMany({
    data: o.walkIn.map((w, i) => ({ officeId: office.id, ...w, sortOrder: i + 1 })),
    skipDuplicates: true,
  });
  if (walkIn.count) report.created.push(`${walkIn.count} walk-in matters at ${o.slug}`);
}

/**
 * The seed's letter for a new category, or the first letter no active category of the office
 * uses: an administrator may have given the seed's letter to another category meanwhile, and two
 * active categories never share one (a unique index would refuse the row and stop the start).
 */
async function freeTicketLetter(prisma: PrismaClient, officeId: string, wanted: string): Promise<string> {
  const taken = new Set(
    (
      await prisma.serviceCategory.findMany({
        where: { officeId, active: true },
        select: { ticketPrefix: true },
      })
    ).map((c) => c.ticketPrefix),
  );
  if (!taken.has(wanted)) return wanted;
  return [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((l) => !taken.has(l)) ?? wanted;
}

async function seedAdmin(prisma: PrismaClient, env: Record<string, string | undefined>, report: SeedReport) {
  const existing = await prisma.staffUser.findFirst({ where: { role: 'ADMIN' }, select: { id: true } });
  if (existing) return;
  const email = (env.ADMIN_EMAIL ?? 'admin@termin.local').trim().toLowerCase();
  const generated = !env.ADMIN_PASSWORD;
  const password = env.ADMIN_PASSWORD ?? crypto.randomBytes(12).toString('base64url');
  await prisma.staffUser.create({
    data: { email, name: 'Administrator', role: 'ADMIN', passwordHash: await hashPassword(password) },
  });
  report.created.push(`administrator ${email}`);
  report.admin = { email };
  if (generated) {
    const file = path.resolve(env.TERMIN_DATA_DIR || '.data', 'admin-credentials.txt');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `Termin — konto administratora\nE-mail: ${email}\nHasło: ${password}\n`, {
      mode: 0o600,
    });
    report.admin = { email, password, file };
  }
}

export async function seedDatabase(
  prisma: PrismaClient,
  env: Record<string, string | undefined> = process.env,
): Promise<SeedReport> {
  const report: SeedReport = { created: [] };
  for (const o of OFFICES) await seedOffice(prisma, o, report);
  const regs = await syncRegulationsRetention(prisma, parseRetentionDays(env));
  if (regs.published) report.created.push(`regulations v${regs.published}`);
  if (regs.warning) (report.warnings ??= []).push(regs.warning);
  await seedAdmin(prisma, env, report);
  // Instances already running (a rolling deploy) keep copies of the catalogue and the current
  // regulations until told (lib/server/catalogue/catalogue-cache.ts, channel termin_cache).
  if (report.created.length) await prisma.$executeRaw`SELECT pg_notify('termin_cache', 'catalogue')`;
  return report;
}
