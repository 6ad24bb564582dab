import 'server-only';
import type { Staff } from '@/lib/server/staff/guard';
import { actOnTicket } from './act-on-ticket';
import type { CalledTicket, TicketAction } from './types';

/**
 * "Nie podszedł": called and did not come. The booking is left as it is: absent is not a
 * no-show (that is a booked visit nobody came to at all; decision 021), so no-show counting
 * never sees it.
 */
export function markTicketAbsent(
  staff: Staff,
  input: TicketAction,
  now: Date = new Date(),
): Promise<CalledTicket> {
  return actOnTicket(staff, input, { name: 'absent', data: () => ({ absentAt: now }) }, now);
}
