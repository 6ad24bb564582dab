import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { hashToken, newToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { hitRateLimit } from '@/lib/server/core/rate-limit';
import { PAIRING_LIMIT } from './kiosk-limits';
import { hashPairingCode } from './pairing-code';
import type { KioskDevice } from './types';

/**
 * Makes this browser a ticket machine of `officeSlug` with the administrator's one-time code.
 * Returns the device token for its cookie (32 random bytes; only the hash is stored). Attempts
 * are limited per client; a code works once (a conditional update decides between two at once).
 */
export async function pairDevice(
  input: { officeSlug: string; code: string; clientKey: string },
  now: Date = new Date(),
): Promise<{ token: string; device: KioskDevice }> {
  const wait = await hitRateLimit(PAIRING_LIMIT, input.clientKey, now);
  if (wait !== null)
    throw new AppError('PAIRING_RATE_LIMITED', { params: { minutes: Math.ceil(wait / 60) } });
  const office = await prisma.office.findUnique({
    where: { slug: input.officeSlug },
    select: { id: true, slug: true, name: true, shortName: true, kioskEnabled: true },
  });
  if (!office || !/^\d{8}$/.test(input.code)) throw new AppError('PAIRING_CODE_INVALID', { field: 'code' });
  const codeHash = hashPairingCode(input.code, office.id);
  const token = newToken();
  const device = await prisma.$transaction(async (tx) => {
    const [pairing] = await tx.kioskPairing.updateManyAndReturn({
      where: { codeHash, officeId: office.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { id: true, name: true, createdById: true },
    });
    if (!pairing) throw new AppError('PAIRING_CODE_INVALID', { field: 'code' });
    const d = await tx.kioskDevice.create({
      data: {
        officeId: office.id,
        name: pairing.name,
        tokenHash: hashToken(token),
        pairedById: pairing.createdById,
        pairedAt: now,
        lastSeenAt: now,
      },
      select: { id: true, name: true },
    });
    await writeAudit(tx, 'system', 'kiosk.pair', 'KioskDevice', d.id, {
      officeId: office.id,
      pairingId: pairing.id,
      codeCreatedById: pairing.createdById,
    });
    return d;
  });
  return { token, device: { ...device, office } };
}
