import 'server-only';
import { localDateOf } from '@/lib/domain/time';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { dayValue } from './called-ticket';
import { assertKioskLive } from './kiosk-device';
import { takeTicketNumber } from './take-ticket-number';
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
    const { seq, number } = await takeTicketNumber(
      tx,
      kiosk.office.id,
      date,
      category.ticketPrefix,
      'WALK_IN',
    );
    const state = await loadWalkInState(category, now, tx);
    if (!state.open)
      throw new AppError(
        state.reason === 'not-offered' ? 'WALK_IN_NOT_OFFERED' : 'WALK_IN_STOPPED',
        state.reason === 'closed' ? { message: 'queue.walkInClosed' } : {},
      );
    const t = await tx.queueTicket.create({
      data: {
        officeId: kiosk.office.id,
        day: dayValue(date),
        number,
        seq,
        kind: 'WALK_IN',
        categoryId: category.id,
        deviceId: kiosk.id,
        issuedAt: now,
      },
      select: { id: true },
    });
    await writeAudit(tx, 'system', 'kiosk.walk-in', 'QueueTicket', t.id, { deviceId: kiosk.id, number });
    return t.id;
  });
  return loadTicketView(ticketId, now);
}
