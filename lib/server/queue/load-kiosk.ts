import 'server-only';
import { prisma } from '@/lib/server/core/db';
import type { KioskDevice } from './types';
import { loadWalkInState } from './walk-in-state';

export type KioskWalkIn = {
  categoryId: string;
  name: string;
  letter: string;
  open: boolean;
  reason?: 'not-offered' | 'closed' | 'stopped';
};

/** The start screen: the office, and its categories under "Bez rezerwacji" with their state. */
export async function loadKiosk(
  device: KioskDevice,
  now: Date = new Date(),
): Promise<{ office: KioskDevice['office']; walkIns: KioskWalkIn[] }> {
  const categories = await prisma.serviceCategory.findMany({
    where: { officeId: device.office.id, active: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, ticketPrefix: true, walkInEnabled: true, walkInStopMin: true },
  });
  const walkIns = await Promise.all(
    categories.map(async (c): Promise<KioskWalkIn> => {
      const state = await loadWalkInState(c, now);
      return {
        categoryId: c.id,
        name: c.name,
        letter: c.ticketPrefix,
        open: state.open,
        ...(state.open ? {} : { reason: state.reason }),
      };
    }),
  );
  return { office: device.office, walkIns };
}
