import 'server-only';
import { applyTransition } from '@/lib/server/booking/apply-transition';
import type { Staff } from '@/lib/server/staff/guard';
import { actOnTicket } from './act-on-ticket';
import type { CalledTicket, TicketAction } from './types';

/** "Zakończ": served; a booked ticket's visit becomes served in the same transaction. */
export function finishTicket(
  staff: Staff,
  input: TicketAction,
  now: Date = new Date(),
): Promise<CalledTicket> {
  return actOnTicket(
    staff,
    input,
    {
      name: 'serve',
      data: () => ({ servedAt: now }),
      also: async (tx, t) => {
        if (!t.bookingId) return;
        // A visit the day list already marked (served, or undone) keeps what the clerk set there.
        const changed = await applyTransition(tx, {
          transition: 'serve',
          by: 'STAFF',
          where: { id: t.bookingId },
          now,
        });
        return { bookingServed: changed.length > 0 };
      },
    },
    now,
  );
}
