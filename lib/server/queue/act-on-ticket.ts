import 'server-only';
import { publishQueueEvent } from '@/lib/server/live/queue-events';
import { type TicketTransition, nextTicketStatus } from '@/lib/domain/queue-ticket';
import type { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/server/core/audit';
import { type Tx, prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { CALLED_TICKET_SELECT, QUEUE_TX, toCalledTicket } from './called-ticket';
import type { CalledTicket, TicketAction } from './types';

export type Held = {
  id: string;
  officeId: string;
  categoryId: string;
  number: string;
  status: 'ISSUED' | 'CALLED' | 'SERVED' | 'ABSENT';
  counter: number | null;
  bookingId: string | null;
};

type Step = {
  name: TicketTransition;
  /** Columns set with the new status. */
  data: (
    t: Held,
    now: Date,
  ) => Prisma.QueueTicketUpdateManyMutationInput | Prisma.QueueTicketUncheckedUpdateManyInput;
  /** More work in the same transaction (the booking served, the target category checked). */
  also?: (tx: Tx, t: Held, now: Date) => Promise<Record<string, unknown> | void>;
};

/**
 * One counter action on one ticket, in one transaction: the ticket must be in a status the
 * action starts from (lib/domain/queue-ticket.ts) and, once called, at this counter; a
 * conditional update on exactly that status and counter decides between two clerks at once.
 */
export async function actOnTicket(
  staff: Staff,
  input: TicketAction,
  step: Step,
  now: Date,
): Promise<CalledTicket> {
  return prisma.$transaction(async (tx) => {
    const t = await tx.queueTicket.findUnique({
      where: { id: input.ticketId },
      select: {
        id: true,
        officeId: true,
        categoryId: true,
        number: true,
        status: true,
        counter: true,
        bookingId: true,
      },
    });
    if (!t) throw new AppError('TICKET_NOT_FOUND');
    assertOfficeAccess(staff, t.officeId);
    const to = nextTicketStatus(step.name, t.status);
    if (!to) throw new AppError('TICKET_STATE_CHANGED');
    if (t.status === 'CALLED' && t.counter !== input.counter)
      throw new AppError('TICKET_OTHER_COUNTER', { params: { counter: t.counter ?? 0 } });
    const extra = (await step.also?.(tx, t, now)) ?? {};
    const { count } = await tx.queueTicket.updateMany({
      where: { id: t.id, status: t.status, counter: t.counter },
      data: { ...step.data(t, now), status: to, callingCounter: to === 'CALLED' ? input.counter : null },
    });
    if (!count) throw new AppError('TICKET_STATE_CHANGED');
    await writeAudit(tx, staff, `queue.${step.name}`, 'QueueTicket', t.id, {
      number: t.number,
      counter: input.counter,
      from: t.status,
      to,
      ...extra,
    });
    const after = toCalledTicket(
      await tx.queueTicket.findUniqueOrThrow({ where: { id: t.id }, select: CALLED_TICKET_SELECT }),
    );
    await publishQueueEvent(tx, {
      type: 'ticket',
      officeId: t.officeId,
      ticketId: t.id,
      status: after.status,
      number: after.number,
      counter: after.counter,
    });
    return after;
  }, QUEUE_TX);
}
