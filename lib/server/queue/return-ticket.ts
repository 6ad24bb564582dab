import 'server-only';
import type { Staff } from '@/lib/server/staff/guard';
import { actOnTicket } from './act-on-ticket';
import type { CalledTicket, TicketAction } from './types';

/**
 * "Wróć do kolejki": an absent ticket's holder came after all; it waits again in its old place
 * (its issuedAt), so it is called soon, by any counter of its category.
 */
export function returnTicket(
  staff: Staff,
  input: TicketAction,
  now: Date = new Date(),
): Promise<CalledTicket> {
  return actOnTicket(staff, input, { name: 'return', data: () => ({ counter: null }) }, now);
}
