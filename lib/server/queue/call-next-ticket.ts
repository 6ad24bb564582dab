import 'server-only';
import { QUEUE_CHANNEL } from '@/lib/server/live/queue-events';
import { localDateOf } from '@/lib/domain/time';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { CALLED_TICKET_SELECT, today, toCalledTicket } from './called-ticket';
import type { CalledTicket, CounterScope } from './types';

/**
 * "Wezwij następnego": the next ticket of the counter's categories, or null when nobody waits.
 *
 * One statement picks the ticket, calls it and writes the audit record (lib/server/core/audit.ts
 * writeAudit's row, in SQL, so the three stand or fall together without an interactive
 * transaction holding a connection at a rush). The row is locked FOR UPDATE SKIP LOCKED: of two
 * counters pressing at once each gets a different ticket, never the same one. A counter still
 * holding a called ticket gets none; the unique (office, day, callingCounter) refuses the second
 * of a double click. The order is lib/domain/queue-ticket.ts compareForCall: booked tickets whose
 * visit time has come, by that time; then everything else by issuedAt. A booked ticket whose
 * visit the day list marked otherwise meanwhile (served, or its check-in undone) is not called.
 */
export async function callNextTicket(
  staff: Staff,
  scope: CounterScope,
  now: Date = new Date(),
): Promise<CalledTicket | null> {
  assertOfficeAccess(staff, scope.officeId);
  if (!scope.categoryIds.length) return null;
  const day = localDateOf(now);
  let picked: { id: string; n: number }[];
  try {
    picked = await prisma.$queryRaw<{ id: string; n: number }[]>`
      WITH next AS (
        SELECT t."id" FROM "QueueTicket" t LEFT JOIN "Booking" b ON b."id" = t."bookingId"
        WHERE t."officeId" = ${scope.officeId}::uuid AND t."day" = ${day}::date
          AND t."status" = 'ISSUED' AND t."categoryId" = ANY(${scope.categoryIds}::uuid[])
          AND (t."bookingId" IS NULL OR b."status" = 'CHECKED_IN')
          AND NOT EXISTS (
            SELECT 1 FROM "QueueTicket" c
            WHERE c."officeId" = ${scope.officeId}::uuid AND c."day" = ${day}::date
              AND c."callingCounter" = ${scope.counter})
        ORDER BY
          (t."kind" = 'BOOKED' AND b."startsAt" <= ${now}) DESC,
          CASE WHEN t."kind" = 'BOOKED' AND b."startsAt" <= ${now} THEN b."startsAt" END ASC,
          t."issuedAt" ASC, t."seq" ASC
        LIMIT 1
        FOR UPDATE OF t SKIP LOCKED
      ), called AS (
        UPDATE "QueueTicket" q
        SET "status" = 'CALLED', "counter" = ${scope.counter}, "callingCounter" = ${scope.counter},
            "calledById" = ${staff.id}::uuid, "calledAt" = ${now}, "callCount" = q."callCount" + 1
        FROM next WHERE q."id" = next."id"
        RETURNING q."id", q."number"
      ), audit AS (
        INSERT INTO "AuditLog" ("actorId", "actor", "action", "entity", "entityId", "data")
        SELECT ${staff.id}::uuid, ${staff.email}, 'queue.call', 'QueueTicket', called."id"::text,
               jsonb_build_object('number', called."number", 'counter', ${scope.counter}::int)
        FROM called
      ), announced AS (
        -- lib/server/live/queue-events.ts: delivered to every display when this commits.
        SELECT pg_notify(${QUEUE_CHANNEL}, json_build_object(
          'type', 'ticket', 'officeId', ${scope.officeId}::text, 'ticketId', called."id"::text,
          'status', 'CALLED', 'number', called."number", 'counter', ${scope.counter}::int)::text)
        FROM called
      )
      -- Referenced in the result, or PostgreSQL would skip the unused CTE (and its NOTIFY).
      SELECT called."id", a."n" FROM called CROSS JOIN (SELECT count(*)::int AS "n" FROM announced) a`;
  } catch (e) {
    // The second of two calls at one counter at the same moment.
    if (isUniqueViolation(e)) throw (await counterBusy(scope, now)) ?? new AppError('TICKET_STATE_CHANGED');
    throw e;
  }
  if (!picked[0]) {
    const busy = await counterBusy(scope, now);
    if (busy) throw busy;
    return null;
  }
  return toCalledTicket(
    await prisma.queueTicket.findUniqueOrThrow({ where: { id: picked[0].id }, select: CALLED_TICKET_SELECT }),
  );
}

/** COUNTER_BUSY with the number the counter still holds, or null when it holds none. */
async function counterBusy(scope: CounterScope, now: Date): Promise<AppError | null> {
  const held = await prisma.queueTicket.findFirst({
    where: { officeId: scope.officeId, day: today(now), callingCounter: scope.counter },
    select: { number: true },
  });
  return held ? new AppError('COUNTER_BUSY', { params: { number: held.number } }) : null;
}

function isUniqueViolation(e: unknown): boolean {
  if (e instanceof Prisma.PrismaClientKnownRequestError)
    return e.code === 'P2002' || (e.code === 'P2010' && JSON.stringify(e.meta ?? {}).includes('23505'));
  return false;
}
