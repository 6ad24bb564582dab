// Tickets written straight to the database for the counter's tests (the kiosk's own tests
// issue them through the use cases).
import { type TicketKind, formatTicketNumber } from '@/lib/domain/queue-ticket';
import { localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { createTestBooking } from '@/lib/testing/fixtures';
import { dayValue } from './called-ticket';

let seq = 0;

export async function createTestTicket(
  t: { office: { id: string }; category: { id: string; ticketPrefix: string }; matter: { id: string } },
  opts: { kind?: TicketKind; issuedAt: Date; visitAt?: Date; seat?: number; categoryId?: string },
) {
  const kind = opts.kind ?? (opts.visitAt ? 'BOOKED' : 'WALK_IN');
  const booking = opts.visitAt
    ? await createTestBooking(t, opts.visitAt, { status: 'CHECKED_IN', seat: opts.seat ?? ++seq })
    : null;
  const n = ++seq;
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
