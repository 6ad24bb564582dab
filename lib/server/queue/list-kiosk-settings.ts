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
  categories: { id: string; name: string; letter: string; walkInEnabled: boolean; walkInStopMin: number }[];
};

/** /admin/biletomat: each office's kiosk settings and its categories' walk-in settings. */
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
      categories: {
        where: { active: true },
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
        select: { id: true, name: true, ticketPrefix: true, walkInEnabled: true, walkInStopMin: true },
      },
    },
  });
  return offices.map(({ categories, ...o }) => ({
    ...o,
    categories: categories.map(({ ticketPrefix, ...c }) => ({ ...c, letter: ticketPrefix })),
  }));
}
