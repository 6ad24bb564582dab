import 'server-only';
import { localDateOf } from '@/lib/domain/time';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { CALLED_TICKET_SELECT, toCalledTicket } from './called-ticket';
import { assertCounterFree, lockCounter } from './counter-lock';
import type { CalledTicket, CounterScope } from './types';

/**
 * "Wezwij następnego": the next ticket of the counter's categories, or null when nobody waits.
 * One statement picks and calls it: the row is locked FOR UPDATE SKIP LOCKED, so of two counters
 * pressing at once each gets a different ticket, never the same one. The order is
 * lib/domain/queue-ticket.ts compareForCall: booked tickets whose visit time has come, by that
 * time; then everything else by issuedAt.
 */
export async function callNextTicket(
  staff: Staff,
  scope: CounterScope,
  now: Date = new Date(),
): Promise<CalledTicket | null> {
  assertOfficeAccess(staff, scope.officeId);
  if (!scope.categoryIds.length) return null;
  return prisma.$transaction(
    async (tx) => {
      await lockCounter(tx, scope.officeId, scope.counter);
      await assertCounterFree(tx, scope.officeId, scope.counter, now);
      const [picked] = await tx.$queryRaw<{ id: string }[]>`
        WITH next AS (
          SELECT t."id" FROM "QueueTicket" t LEFT JOIN "Booking" b ON b."id" = t."bookingId"
          WHERE t."officeId" = ${scope.officeId}::uuid AND t."day" = ${localDateOf(now)}::date
            AND t."status" = 'ISSUED' AND t."categoryId" = ANY(${scope.categoryIds}::uuid[])
          ORDER BY
            (t."kind" = 'BOOKED' AND b."startsAt" <= ${now}) DESC,
            CASE WHEN t."kind" = 'BOOKED' AND b."startsAt" <= ${now} THEN b."startsAt" END ASC,
            t."issuedAt" ASC, t."seq" ASC
          LIMIT 1
          FOR UPDATE OF t SKIP LOCKED
        )
        UPDATE "QueueTicket" q
        SET "status" = 'CALLED', "counter" = ${scope.counter}, "calledById" = ${staff.id}::uuid,
            "calledAt" = ${now}, "callCount" = q."callCount" + 1
        FROM next WHERE q."id" = next."id"
        RETURNING q."id"`;
      if (!picked) return null;
      const ticket = await tx.queueTicket.findUniqueOrThrow({
        where: { id: picked.id },
        select: CALLED_TICKET_SELECT,
      });
      await writeAudit(tx, staff, 'queue.call', 'QueueTicket', ticket.id, {
        number: ticket.number,
        counter: scope.counter,
      });
      return toCalledTicket(ticket);
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}
