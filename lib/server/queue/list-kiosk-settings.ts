import 'server-only';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { assertAdmin } from './assert-admin';

export type OfficeKioskSettings = {
  id: string;
  name: string;
  shortName: string;
  slug: string;
  kioskEnabled: boolean;
  kioskEarlyMin: number;
  kioskLateMin: number;
  /** Pairing stopped after too many wrong codes (pair-device.ts), until a new code is created. */
  pairingPaused: { since: Date; wrongCodes: number } | null;
  categories: { id: string; name: string; letter: string; walkInEnabled: boolean; walkInStopMin: number }[];
};

/**
 * /admin/biletomat: each office's kiosk settings, whether its pairing is paused, and its
 * categories' walk-in settings.
 */
export async function listKioskSettings(staff: Staff): Promise<OfficeKioskSettings[]> {
  assertAdmin(staff);
  const offices = await prisma.office.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      shortName: true,
      slug: true,
      kioskEnabled: true,
      kioskEarlyMin: true,
      kioskLateMin: true,
      kioskPairingFailures: true,
      kioskPairingPausedAt: true,
      categories: {
        where: { active: true },
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
        select: { id: true, name: true, ticketPrefix: true, walkInEnabled: true, walkInStopMin: true },
      },
    },
  });
  return offices.map(({ categories, kioskPairingFailures, kioskPairingPausedAt, ...o }) => ({
    ...o,
    pairingPaused: kioskPairingPausedAt
      ? { since: kioskPairingPausedAt, wrongCodes: kioskPairingFailures }
      : null,
    categories: categories.map(({ ticketPrefix, ...c }) => ({ ...c, letter: ticketPrefix })),
  }));
}
