// What a resident holds that a spec's requests cannot make by themselves: the regulations cookie,
// the code page and manage links of two bookings (held, confirmed) and a live ticket's link, made
// with the app's own code (signed with the e2e server's AUTH_SECRET and DATA_SECRET). Run through
// tsx by e2e/head-titles.spec.ts (residentLinks); prints one JSON line. Rows go in as a fixture
// writes them (no seat claimed: the visit is at 03:00 UTC, before every opening hour, so no spec's
// free time is taken), the ticket through the kiosk's own number and write, which tell the live
// screens.
import crypto from 'node:crypto';
import { addDays } from 'date-fns';
import { localDateOf } from '@/lib/domain/time';
import { hashToken, newToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { insertBooking } from '@/lib/server/booking/insert-booking';
import { stopCatalogueListener } from '@/lib/server/catalogue/catalogue-cache';
import { liveTicketToken } from '@/lib/server/live/ticket-link';
import {
  ACCEPTANCE_COOKIE,
  encodeAcceptance,
  getCurrentRegulations,
} from '@/lib/server/notices/get-current-regulations';
import { QUEUE_TX } from '@/lib/server/queue/called-ticket';
import { takeTicketNumber, writeTicket } from '@/lib/server/queue/take-ticket-number';

const [officeSlug = 'cup', categorySlug = 'prawa-jazdy'] = process.argv.slice(2);
const now = new Date();
const regulations = await getCurrentRegulations();
const category = await prisma.serviceCategory.findFirstOrThrow({
  where: { slug: categorySlug, office: { slug: officeSlug } },
  select: {
    id: true,
    officeId: true,
    ticketPrefix: true,
    office: { select: { shortName: true } },
    matters: {
      where: { active: true },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, slug: true },
      take: 1,
    },
  },
});
const matter = category.matters[0]!;

/** A booking a week ahead at 03:00 UTC; returns its manage path. */
async function book(status: 'HELD' | 'CONFIRMED'): Promise<string> {
  const token = newToken();
  const startsAt = addDays(
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 3)),
    7,
  );
  await prisma.$transaction((tx) =>
    insertBooking(
      tx,
      {
        officeId: category.officeId,
        categoryId: category.id,
        matterId: matter.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 15 * 60_000),
        status,
        holdExpiresAt: status === 'HELD' ? new Date(now.getTime() + 15 * 60_000) : null,
        codeSentAt: now,
        confirmedAt: status === 'CONFIRMED' ? now : null,
        manageTokenHash: hashToken(token),
        email: `tytuly-${crypto.randomBytes(4).toString('hex')}@example.com`,
        regulationsVersionId: regulations.id,
        regulationsAcceptedAt: now,
      },
      category.office.shortName[0]!,
    ),
  );
  return `/wizyta/${token}`;
}

async function issueTicket(): Promise<string> {
  const date = localDateOf(now);
  const device = await prisma.kioskDevice.create({
    data: { officeId: category.officeId, name: 'e2e', tokenHash: hashToken(newToken()) },
    select: { id: true },
  });
  const ticketId = await prisma.$transaction(async (tx) => {
    const n = await takeTicketNumber(tx, category.officeId, date, category.ticketPrefix, 'WALK_IN');
    const where = { officeId: category.officeId, date, deviceId: device.id, categoryId: category.id };
    return writeTicket(tx, where, n, 'WALK_IN', now);
  }, QUEUE_TX);
  return `/bilet/${liveTicketToken(ticketId, date)}`;
}

const links = {
  cookie: { name: ACCEPTANCE_COOKIE, value: encodeAcceptance(regulations.version, now) },
  matter: matter.slug,
  codePage: await book('HELD'),
  managePage: await book('CONFIRMED'),
  ticketPage: await issueTicket(),
};
process.stdout.write(`${JSON.stringify(links)}\n`);
// The regulations' copy listens for catalogue edits (decision 035): stop it, or the process lives on.
await stopCatalogueListener();
await prisma.$disconnect();
