import 'server-only';
import { localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { QUEUE_TX } from './called-ticket';
import { assertKioskLive } from './kiosk-device';
import { takeTicketNumber, writeTicket } from './take-ticket-number';
import { loadTicketView } from './ticket-view';
import type { KioskDevice, TicketView } from './types';
import { loadWalkInState } from './walk-in-state';

/**
 * "Bez rezerwacji": a walk-in ticket of a category that takes them (PW05). The stop rule is
 * checked after the day's number is taken, so the number row's lock makes two kiosks at once
 * decide one after the other.
 */
export async function issueWalkInTicket(
  device: KioskDevice,
  input: { categoryId: string },
  now: Date = new Date(),
): Promise<TicketView> {
  const kiosk = await assertKioskLive(prisma, device);
  const category = await prisma.serviceCategory.findFirst({
    where: { id: input.categoryId, officeId: kiosk.office.id, active: true },
    select: { id: true, ticketPrefix: true, walkInEnabled: true, walkInStopMin: true },
  });
  if (!category?.walkInEnabled) throw new AppError('WALK_IN_NOT_OFFERED');
  const date = localDateOf(now);
  const ticketId = await prisma.$transaction(async (tx) => {
    const n = await takeTicketNumber(tx, kiosk.office.id, date, category.ticketPrefix, 'WALK_IN');
    const state = await loadWalkInState(category, now, tx);
    if (!state.open)
      throw new AppError(
        state.reason === 'not-offered' ? 'WALK_IN_NOT_OFFERED' : 'WALK_IN_STOPPED',
        state.reason === 'closed' ? { message: 'queue.walkInClosed' } : {},
      );
    const where = { officeId: kiosk.office.id, date, deviceId: kiosk.id, categoryId: category.id };
    return writeTicket(tx, where, n, 'WALK_IN', now);
  }, QUEUE_TX);
  return loadTicketView(ticketId, now);
}
