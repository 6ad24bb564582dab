import 'server-only';
import { type Db, prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { hashToken } from '@/lib/server/core/codes';
import type { KioskDevice } from './types';

const SELECT = {
  id: true,
  name: true,
  lastSeenAt: true,
  office: { select: { id: true, slug: true, name: true, shortName: true, kioskEnabled: true } },
} as const;

/** lastSeenAt is a hint for administrators ("widziane 5 min temu"), not worth a write per request. */
const SEEN_EVERY_MS = 60_000;

/**
 * The paired ticket machine of `officeSlug` whose cookie holds `token`, or null (no cookie, an
 * unknown or revoked token, a device of another office). Revocation takes effect at once: the
 * device is read from the database on every request.
 */
export async function findKioskDevice(
  officeSlug: string,
  token: string | undefined,
  now: Date = new Date(),
): Promise<KioskDevice | null> {
  if (!token || token.length > 100) return null;
  const d = await prisma.kioskDevice.findFirst({
    where: { tokenHash: hashToken(token), revokedAt: null, office: { slug: officeSlug } },
    select: SELECT,
  });
  if (!d) return null;
  if (!d.lastSeenAt || now.getTime() - d.lastSeenAt.getTime() >= SEEN_EVERY_MS)
    await prisma.kioskDevice.update({ where: { id: d.id }, data: { lastSeenAt: now } });
  return { id: d.id, name: d.name, office: d.office };
}

/**
 * The device as it stands now (a use case's caller may hold an older copy): refused when it was
 * revoked meanwhile, or when its office switched the kiosk off.
 */
export async function assertKioskLive(db: Db, device: KioskDevice): Promise<KioskDevice> {
  const d = await db.kioskDevice.findFirst({ where: { id: device.id, revokedAt: null }, select: SELECT });
  if (!d) throw new AppError('KIOSK_NOT_PAIRED');
  if (!d.office.kioskEnabled) throw new AppError('KIOSK_DISABLED');
  return { id: d.id, name: d.name, office: d.office };
}
