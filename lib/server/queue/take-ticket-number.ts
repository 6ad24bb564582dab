import 'server-only';
import { publishQueueEvent } from '@/lib/server/live/queue-events';
import { type TicketKind, formatTicketNumber } from '@/lib/domain/queue-ticket';
import { writeAudit } from '@/lib/server/core/audit';
import type { Tx } from '@/lib/server/core/db';
import { dayValue } from './called-ticket';

/**
 * The next number of the day for a letter and kind, in the caller's transaction: one upsert …
 * RETURNING on the counter row, which stays locked until the ticket is written, so two kiosks
 * never get the same number; a transaction that fails gives its number back.
 */
export async function takeTicketNumber(
  tx: Tx,
  officeId: string,
  date: string,
  prefix: string,
  kind: TicketKind,
): Promise<{ seq: number; number: string }> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "QueueTicketCounter" ("officeId", "day", "prefix", "kind", "last")
    VALUES (${officeId}::uuid, ${date}::date, ${prefix}, ${kind}::"QueueTicketKind", 1)
    ON CONFLICT ("officeId", "day", "prefix", "kind")
    DO UPDATE SET "last" = "QueueTicketCounter"."last" + 1
    RETURNING "last"`;
  const seq = row!.last;
  return { seq, number: formatTicketNumber(prefix, kind, seq) };
}

/** Writes the ticket a kiosk issues, with its audit record, in the caller's transaction. */
export async function writeTicket(
  tx: Tx,
  t: { officeId: string; date: string; deviceId: string; categoryId: string; bookingId?: string },
  n: { seq: number; number: string },
  kind: TicketKind,
  now: Date,
): Promise<string> {
  const { id } = await tx.queueTicket.create({
    data: {
      officeId: t.officeId,
      day: dayValue(t.date),
      number: n.number,
      seq: n.seq,
      kind,
      categoryId: t.categoryId,
      bookingId: t.bookingId,
      deviceId: t.deviceId,
      issuedAt: now,
    },
    select: { id: true },
  });
  await writeAudit(tx, 'system', kind === 'BOOKED' ? 'kiosk.ticket' : 'kiosk.walk-in', 'QueueTicket', id, {
    deviceId: t.deviceId,
    bookingId: t.bookingId,
    number: n.number,
  });
  await publishQueueEvent(tx, {
    type: 'ticket',
    officeId: t.officeId,
    ticketId: id,
    status: 'ISSUED',
    number: n.number,
    counter: null,
  });
  return id;
}
