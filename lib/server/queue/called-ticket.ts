import 'server-only';
import { localDateOf } from '@/lib/domain/time';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CalledTicket } from './types';

/** The `day` column's value for a local date in Europe/Warsaw. */
export const dayValue = (date: string) => new Date(`${date}T00:00:00.000Z`);
/** Today's `day` value at the office. */
export const today = (now: Date) => dayValue(localDateOf(now));

/**
 * The categories whose queues an office shows on `day` (the counter, the waiting room): the active
 * ones, and one switched off while tickets of it still wait or are called, so that those tickets
 * stay callable until they are done (a booked visit keeps its ticket too; decision 029).
 */
export const queueCategoryFilter = (officeId: string, day: Date) =>
  ({
    officeId,
    OR: [{ active: true }, { tickets: { some: { day, status: { in: ['ISSUED', 'CALLED'] } } } }],
  }) satisfies Prisma.ServiceCategoryWhereInput;

/**
 * The queue's transactions wait on each other by design (the day's number row, a counter's lock):
 * at a rush they may queue for a pooled connection longer than Prisma's 2-second default.
 */
export const QUEUE_TX = { maxWait: 10_000, timeout: 10_000 };

export const CALLED_TICKET_SELECT = {
  id: true,
  number: true,
  kind: true,
  status: true,
  categoryId: true,
  counter: true,
  calledAt: true,
  callCount: true,
  category: { select: { name: true } },
  booking: { select: { reference: true, startsAt: true, matter: { select: { name: true } } } },
} satisfies Prisma.QueueTicketSelect;

type Row = Prisma.QueueTicketGetPayload<{ select: typeof CALLED_TICKET_SELECT }>;

export function toCalledTicket(r: Row): CalledTicket {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    categoryId: r.categoryId,
    categoryName: r.category.name,
    counter: r.counter,
    calledAt: r.calledAt,
    callCount: r.callCount,
    booking: r.booking
      ? { reference: r.booking.reference, matterName: r.booking.matter.name, startsAt: r.booking.startsAt }
      : null,
  };
}
