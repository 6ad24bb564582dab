import 'server-only';
import type { Staff } from '@/lib/server/staff/guard';
import { actOnTicket } from './act-on-ticket';
import type { CalledTicket, TicketAction } from './types';

/** "Wezwij ponownie": the same ticket shown again at the same counter. */
export function recallTicket(
  staff: Staff,
  input: TicketAction,
  now: Date = new Date(),
): Promise<CalledTicket> {
  return actOnTicket(
    staff,
    input,
    {
      name: 'recall',
      data: () => ({ calledAt: now, callCount: { increment: 1 } }),
    },
    now,
  );
}
