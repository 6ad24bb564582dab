import 'server-only';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { assertAdmin } from './assert-admin';

export type KioskDeviceRow = {
  id: string;
  name: string;
  officeId: string;
  officeName: string;
  pairedAt: Date;
  pairedBy: string | null;
  lastSeenAt: Date | null;
  revokedAt: Date | null;
};

/** The paired ticket machines (revoked ones last), of one office or all. */
export async function listKioskDevices(staff: Staff, officeId?: string): Promise<KioskDeviceRow[]> {
  assertAdmin(staff);
  const rows = await prisma.kioskDevice.findMany({
    where: officeId ? { officeId } : {},
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { pairedAt: 'desc' }],
    select: {
      id: true,
      name: true,
      officeId: true,
      pairedAt: true,
      lastSeenAt: true,
      revokedAt: true,
      office: { select: { name: true } },
      pairedBy: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    officeId: r.officeId,
    officeName: r.office.name,
    pairedAt: r.pairedAt,
    pairedBy: r.pairedBy?.name ?? null,
    lastSeenAt: r.lastSeenAt,
    revokedAt: r.revokedAt,
  }));
}
