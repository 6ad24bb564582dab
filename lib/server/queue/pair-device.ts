import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { hashToken, newToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { hitRateLimit } from '@/lib/server/core/rate-limit';
import { PAIRING_LIMIT } from './kiosk-limits';
import { PAIRING_CEILING, hashPairingCode } from './pairing-code';
import type { KioskDevice } from './types';

const invalid = () => new AppError('PAIRING_CODE_INVALID', { field: 'code' });

/**
 * Makes this browser a ticket machine of `officeSlug` with the administrator's one-time code.
 * Returns the device token for its cookie (32 random bytes; only the hash is stored). Attempts
 * are limited per client, and per office by PAIRING_CEILING: each attempt takes one of the
 * office's guesses in a conditional update before any code is compared (a right code gives it
 * back), so however many addresses guess at once, no more than the ceiling are ever compared.
 * A code works once (a conditional update decides between two at once).
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
  if (!office || !/^\d{8}$/.test(input.code)) throw invalid();
  const [guess] = await prisma.office.updateManyAndReturn({
    where: { id: office.id, kioskPairingFailures: { lt: PAIRING_CEILING } },
    data: { kioskPairingFailures: { increment: 1 } },
    select: { kioskPairingFailures: true },
  });
  if (!guess) throw new AppError('PAIRING_PAUSED');
  const codeHash = hashPairingCode(input.code, office.id);
  const token = newToken();
  const device = await prisma.$transaction(async (tx) => {
    const [pairing] = await tx.kioskPairing.updateManyAndReturn({
      where: { codeHash, officeId: office.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { id: true, name: true, createdById: true },
    });
    if (!pairing) return null;
    await tx.office.update({
      where: { id: office.id },
      data: { kioskPairingFailures: { decrement: 1 } },
    });
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
  if (!device) {
    // Exactly one wrong guess takes the last of the office's guesses: it pauses pairing.
    if (guess.kioskPairingFailures === PAIRING_CEILING) await pausePairing(office.id, now);
    throw invalid();
  }
  return { token, device: { ...device, office } };
}

/**
 * Pairing at the office stops until an administrator creates a new code (create-pairing-code.ts):
 * the codes still live are voided, expired at the epoch so that no request in flight, whatever
 * its clock, still finds one live; /admin/biletomat says why.
 */
async function pausePairing(officeId: string, now: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    // The office's row first: a code created meanwhile reset the count and stays live.
    const { count } = await tx.office.updateMany({
      where: { id: officeId, kioskPairingFailures: { gte: PAIRING_CEILING } },
      data: { kioskPairingPausedAt: now },
    });
    if (!count) return;
    const voided = await tx.kioskPairing.updateMany({
      where: { officeId, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: new Date(0) },
    });
    await writeAudit(tx, 'system', 'kiosk.pairing-paused', 'Office', officeId, {
      wrongCodes: PAIRING_CEILING,
      voidedCodes: voided.count,
    });
  });
}
