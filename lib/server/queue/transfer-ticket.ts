import 'server-only';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import { actOnTicket } from './act-on-ticket';
import type { CalledTicket, TicketAction } from './types';

/**
 * "Przekaż": the ticket waits again in another category of the office, with its number and its
 * place (issuedAt), so the resident is not sent to the back.
 */
export function transferTicket(
  staff: Staff,
  input: TicketAction & { toCategoryId: string },
  now: Date = new Date(),
): Promise<CalledTicket> {
  return actOnTicket(
    staff,
    input,
    {
      name: 'transfer',
      data: (t) => ({
        categoryId: input.toCategoryId,
        transferredFromId: t.categoryId,
        counter: null,
      }),
      also: async (tx, t) => {
        const target = await tx.serviceCategory.findFirst({
          where: { id: input.toCategoryId, officeId: t.officeId, active: true },
          select: { id: true },
        });
        if (!target || target.id === t.categoryId)
          throw new AppError('TRANSFER_TARGET', { field: 'toCategoryId' });
        return { fromCategoryId: t.categoryId, toCategoryId: target.id };
      },
    },
    now,
  );
}
