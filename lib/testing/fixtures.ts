// Test data of each test's own: a fresh office and category with the rules a test needs.
import crypto from 'node:crypto';
import { type TicketKind, formatTicketNumber } from '@/lib/domain/queue-ticket';
import { atLocalTime, isoWeekday, localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { dayValue } from '@/lib/server/queue/called-ticket';

export async function createTestCategory(
  opts: {
    counters?: number;
    slotMinutes?: number;
    weekdays?: number[];
    opensAt?: number;
    closesAt?: number;
    holdMinutes?: number;
    requiresApplicationNumber?: boolean;
    /** The ticket machine (issue #12). */
    kioskEnabled?: boolean;
    kioskEarlyMin?: number;
    kioskLateMin?: number;
    walkInEnabled?: boolean;
    walkInStopMin?: number;
    ticketPrefix?: string;
    waitingArea?: string;
    /**
     * Open at this moment: a rule on its local weekday from `openAround` minus `before` minutes to
     * plus `after` minutes (defaults 120 each; clipped to the day), instead of weekdays/opensAt/closesAt.
     */
    openAround?: Date;
    before?: number;
    after?: number;
  } = {},
) {
  const tag = crypto.randomBytes(4).toString('hex');
  const office = await prisma.office.create({
    data: {
      slug: `test-${tag}`,
      name: `Biuro testowe ${tag}`,
      shortName: 'T',
      address: 'ul. Testowa 1',
      postalCode: '45-000',
      bookingPhone: '77 54 11 361',
      kioskEnabled: opts.kioskEnabled ?? true,
      kioskEarlyMin: opts.kioskEarlyMin ?? 30,
      kioskLateMin: opts.kioskLateMin ?? 10,
    },
  });
  const rules = opts.openAround
    ? [openAroundRule(opts.openAround, opts.before ?? 120, opts.after ?? 120)]
    : (opts.weekdays ?? [1, 2, 3, 4, 5]).map((weekday) => ({
        weekday,
        opensAt: opts.opensAt ?? 8 * 60,
        closesAt: opts.closesAt ?? 12 * 60,
      }));
  const category = await prisma.serviceCategory.create({
    data: {
      officeId: office.id,
      slug: `kat-${tag}`,
      name: `Kategoria ${tag}`,
      holdMinutes: opts.holdMinutes ?? 60,
      ticketPrefix: opts.ticketPrefix ?? 'A',
      walkInEnabled: opts.walkInEnabled ?? false,
      walkInStopMin: opts.walkInStopMin ?? 30,
      waitingArea: opts.waitingArea ?? null,
      matters: {
        create: [
          { slug: 'sprawa', name: 'Sprawa testowa', peupPath: '/test' },
          {
            slug: 'odbior',
            name: 'Odbiór dokumentu',
            requiresApplicationNumber: opts.requiresApplicationNumber ?? true,
          },
        ],
      },
      openingRules: {
        create: rules.map((r) => ({
          ...r,
          slotMinutes: opts.slotMinutes ?? 15,
          counters: opts.counters ?? 3,
        })),
      },
    },
    include: { matters: { orderBy: { slug: 'desc' } } },
  });
  return { office, category, matter: category.matters[0]!, pickupMatter: category.matters[1]! };
}

/** A weekly rule open on `at`'s local weekday around its local time (the slot grid starts at opensAt). */
function openAroundRule(at: Date, before: number, after: number) {
  const date = localDateOf(at);
  const minute = Math.round((at.getTime() - atLocalTime(date, 0).getTime()) / 60_000);
  return {
    weekday: isoWeekday(date),
    opensAt: Math.max(0, minute - before),
    closesAt: Math.min(24 * 60, minute + after),
  };
}

/**
 * A booking written straight to the database (for past visits or any status the public flow
 * cannot produce). A live booking (confirmed or later) also claims a seat of its time.
 */
export async function createTestBooking(
  where: { office: { id: string }; category: { id: string }; matter: { id: string } },
  startsAt: Date,
  opts: {
    status?: 'HELD' | 'CONFIRMED' | 'CHECKED_IN' | 'SERVED' | 'NO_SHOW' | 'CANCELLED' | 'EXPIRED';
    email?: string | null;
    phone?: string | null;
    channel?: 'ONLINE' | 'PHONE';
    seat?: number;
    slotMinutes?: number;
  } = {},
) {
  const tag = crypto.randomBytes(4).toString('hex').toUpperCase();
  const status = opts.status ?? 'CONFIRMED';
  const booking = await prisma.booking.create({
    data: {
      reference: `T-${tag}`,
      kioskCode: String(crypto.randomInt(10_000_000, 99_999_999)),
      officeId: where.office.id,
      categoryId: where.category.id,
      matterId: where.matter.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (opts.slotMinutes ?? 15) * 60_000),
      status,
      channel: opts.channel ?? 'ONLINE',
      email: opts.email === undefined ? `mieszkaniec-${tag.toLowerCase()}@example.com` : opts.email,
      phone: opts.phone ?? null,
      confirmedAt: status === 'HELD' ? null : new Date(),
    },
  });
  if (!['CANCELLED', 'EXPIRED'].includes(status))
    await prisma.slotClaim.create({
      data: { categoryId: where.category.id, startsAt, seat: opts.seat ?? 1, bookingId: booking.id },
    });
  return booking;
}

/** A paired ticket machine of `office` (as pairDevice leaves it) and its cookie's token. */
export async function createTestKiosk(office: { id: string }) {
  const token = crypto.randomBytes(32).toString('base64url');
  const d = await prisma.kioskDevice.create({
    data: {
      officeId: office.id,
      name: 'Biletomat testowy',
      tokenHash: crypto.createHash('sha256').update(token).digest('hex'),
    },
    select: {
      id: true,
      name: true,
      office: { select: { id: true, slug: true, name: true, shortName: true, kioskEnabled: true } },
    },
  });
  return { device: d, token };
}

/** A queue ticket written straight to the database (booked: with a checked-in booking of `visitAt`). */
let ticketSeq = 0;

export async function createTestTicket(
  t: { office: { id: string }; category: { id: string; ticketPrefix: string }; matter: { id: string } },
  opts: { kind?: TicketKind; issuedAt: Date; visitAt?: Date; seat?: number; categoryId?: string },
) {
  const kind = opts.kind ?? (opts.visitAt ? 'BOOKED' : 'WALK_IN');
  const booking = opts.visitAt
    ? await createTestBooking(t, opts.visitAt, { status: 'CHECKED_IN', seat: opts.seat ?? ++ticketSeq })
    : null;
  const n = ++ticketSeq;
  return prisma.queueTicket.create({
    data: {
      officeId: t.office.id,
      day: dayValue(localDateOf(opts.issuedAt)),
      number: formatTicketNumber(t.category.ticketPrefix, kind, n),
      seq: n,
      kind,
      categoryId: opts.categoryId ?? t.category.id,
      bookingId: booking?.id,
      issuedAt: opts.issuedAt,
    },
  });
}
