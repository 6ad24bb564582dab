import 'server-only';
import { SENT_MESSAGE_DAYS, retentionCutoff, scrubContacts } from '@/lib/domain/retention';
import type { Prisma } from '@/lib/generated/prisma/client';
import { anonymiseBookings } from './anonymise-bookings';
import { hashContact } from '@/lib/server/core/contact-hash';
import { prisma } from '@/lib/server/core/db';
import { sweepStaleHolds } from '@/lib/server/booking/sweep-stale-holds';
import { purgeExpiredRateLimits } from './purge-rate-limits';
import { releaseBookings } from '@/lib/server/booking/release-booking';

const DAY_MS = 86_400_000;
const BATCH = 200;

export type RetentionReport = {
  /** Bookings anonymised RETENTION_DAYS after their visit (or cancellation). */
  visits: number;
  /** Holds that expired or were cancelled before confirmation, anonymised. */
  unconfirmed: number;
  /** No-shows whose hashes outlived the rule's window and block length. */
  noShowHashes: number;
  /** Ended blocks whose contact was erased. */
  blocks: number;
  contactLocks: number;
  /** New e-mail addresses whose code expired unused (decision 039). */
  emailChanges: number;
  sentMessages: number;
  rateLimits: number;
};

/** Called between batches: the daily run renews its claim there, and stops if it lost it. */
type BetweenBatches = () => Promise<void>;

async function anonymiseWhere(
  where: Prisma.BookingWhereInput,
  now: Date,
  between?: BetweenBatches,
): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await prisma.booking.findMany({
      where: { ...where, anonymisedAt: null },
      select: { id: true },
      orderBy: { startsAt: 'asc' },
      take: BATCH,
    });
    if (!batch.length) return total;
    const ids = batch.map((b) => b.id);
    total += (await prisma.$transaction((tx) => anonymiseBookings(tx, ids, now))).length;
    if (batch.length < BATCH) return total;
    await between?.();
  }
}

/** Ended blocks (run out or lifted) lose their contact; blocks in force get their hash if missing. */
async function anonymiseEndedBlocks(now: Date): Promise<number> {
  const unhashed = await prisma.contactBlock.findMany({
    where: { valueHash: null, anonymisedAt: null, liftedAt: null, endsAt: { gt: now } },
    select: { id: true, kind: true, value: true },
  });
  for (const b of unhashed)
    await prisma.contactBlock.update({
      where: { id: b.id },
      data: { valueHash: hashContact(b.kind, b.value) },
    });

  const ended = await prisma.contactBlock.findMany({
    where: { anonymisedAt: null, OR: [{ liftedAt: { not: null } }, { endsAt: { lte: now } }] },
    select: {
      id: true,
      officeId: true,
      kind: true,
      value: true,
      source: true,
      createdById: true,
      reasonNote: true,
      liftNote: true,
      startsAt: true,
    },
  });
  let count = 0;
  for (const b of ended) {
    // A block made together with this one (the e-mail and the phone of one person, by the same
    // hand at the same instant) shares its note, which may name either contact.
    const siblings = await prisma.contactBlock.findMany({
      where: {
        officeId: b.officeId,
        startsAt: b.startsAt,
        source: b.source,
        createdById: b.createdById,
        value: { not: '' },
      },
      select: { kind: true, value: true },
    });
    const contact = [b, ...siblings].map((c) =>
      c.kind === 'EMAIL' ? { email: c.value } : { phone: c.value },
    );
    await prisma.$transaction(async (tx) => {
      const r = await tx.contactBlock.updateMany({
        where: { id: b.id, anonymisedAt: null },
        data: {
          value: '',
          valueHash: null,
          reasonNote: b.reasonNote && scrubContacts(b.reasonNote, contact),
          liftNote: b.liftNote && scrubContacts(b.liftNote, contact),
          anonymisedAt: now,
        },
      });
      if (!r.count) return;
      count++;
      // Its notices (blocked / lifted) name the contact in recipient and text, whatever became
      // of them; they go with the block.
      await tx.outboxMessage.deleteMany({
        where: { template: { in: ['contact-blocked', 'contact-unblocked'] }, recipient: b.value },
      });
      const entries = await tx.auditLog.findMany({
        where: { entity: 'ContactBlock', entityId: b.id },
        select: { id: true, data: true },
      });
      for (const e of entries) {
        const data = scrubContacts(e.data, contact);
        if (JSON.stringify(data) !== JSON.stringify(e.data))
          await tx.auditLog.update({ where: { id: e.id }, data: { data: data as Prisma.InputJsonValue } });
      }
    });
  }
  return count;
}

/**
 * New e-mail addresses whose code ran out unused (decision 039): the pending change goes, and so
 * does every code message whose code has ended and whose address did not become the booking's
 * (sent or not, replaced by a newer request, dropped after wrong codes): it names an address
 * nobody proved. A confirmed address is the booking's and goes with its data.
 */
async function dropExpiredEmailChanges(now: Date): Promise<number> {
  const changes = await prisma.emailChange.deleteMany({ where: { expiresAt: { lte: now } } });
  await prisma.$executeRaw`
    DELETE FROM "OutboxMessage" m
    WHERE m.template = 'email-change-code' AND m."expiresAt" <= ${now}
      AND NOT EXISTS (SELECT 1 FROM "Booking" b WHERE b.id = m."bookingId" AND b.email = m.recipient)`;
  return changes.count;
}

/** A no-show's hashes serve the rule for its window, and for a block they justified to run out. */
async function dropOldNoShowHashes(now: Date): Promise<number> {
  return prisma.$executeRaw`
    UPDATE "Booking" b SET "emailHash" = NULL, "phoneHash" = NULL
    FROM "Office" o
    WHERE b."officeId" = o.id AND (b."emailHash" IS NOT NULL OR b."phoneHash" IS NOT NULL)
      AND b."startsAt" < ${now}::timestamptz - make_interval(days => o."noShowWindowDays" + o."blockDays" + 1)`;
}

/**
 * Everything the retention rules (docs/data-retention.md) call for at `now`. Idempotent: every
 * step only touches what is still due, so a second run finds nothing more to do.
 */
export async function applyRetention(
  now: Date,
  retentionDays: number,
  between?: BetweenBatches,
): Promise<RetentionReport> {
  await sweepStaleHolds(now);
  const unconfirmed = await anonymiseWhere(
    { confirmedAt: null, status: { in: ['EXPIRED', 'CANCELLED'] } },
    now,
    between,
  );
  const cutoff = retentionCutoff(now, retentionDays);
  const visits = await anonymiseWhere(
    { OR: [{ startsAt: { lt: cutoff } }, { status: 'CANCELLED', cancelledAt: { lt: cutoff } }] },
    now,
    between,
  );
  const noShowHashes = await dropOldNoShowHashes(now);
  const blocks = await anonymiseEndedBlocks(now);
  // A visit that is over no longer counts as the contact's live booking (request-booking.ts).
  const over = await prisma.contactLock.findMany({
    where: { booking: { endsAt: { lte: now } } },
    select: { bookingId: true },
  });
  const locks = await prisma.$transaction((tx) =>
    releaseBookings(tx, [...new Set(over.map((l) => l.bookingId))], now).then((r) => ({ count: r.contacts })),
  );
  const emailChanges = await dropExpiredEmailChanges(now);
  const sent = await prisma.outboxMessage.deleteMany({
    where: {
      OR: [
        { status: 'SENT', sentAt: { lt: new Date(now.getTime() - SENT_MESSAGE_DAYS * DAY_MS) } },
        // Withdrawn codes, and failures an administrator re-sent or closed (lib/server/notify/enqueue-message*).
        { status: 'CANCELLED', createdAt: { lt: new Date(now.getTime() - SENT_MESSAGE_DAYS * DAY_MS) } },
        { status: 'FAILED', handledAt: { lt: new Date(now.getTime() - SENT_MESSAGE_DAYS * DAY_MS) } },
        // A failure nobody dealt with still goes 30 days after it was given up.
        { status: 'FAILED', expiresAt: { lt: new Date(now.getTime() - SENT_MESSAGE_DAYS * DAY_MS) } },
      ],
    },
  });
  const rateLimits = await purgeExpiredRateLimits(now);
  return {
    visits,
    unconfirmed,
    noShowHashes,
    blocks,
    contactLocks: locks.count,
    emailChanges,
    sentMessages: sent.count,
    rateLimits,
  };
}
