import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { newKioskCode } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { assertAdmin } from './assert-admin';
import { PAIRING_MINUTES, hashPairingCode } from './pairing-code';

/**
 * A one-time code an administrator reads out (or types) on the browser that becomes the office's
 * ticket machine. Shown once; only its hash is stored; 15 minutes; any older unused code of the
 * office stays valid until it runs out. It also resets the office's count of wrong codes and so
 * resumes pairing paused at the ceiling (pair-device.ts).
 */
export async function createPairingCode(
  staff: Staff,
  input: { officeId: string; name: string },
  now: Date = new Date(),
): Promise<{ code: string; expiresAt: Date }> {
  assertAdmin(staff);
  const office = await prisma.office.findUniqueOrThrow({
    where: { id: input.officeId },
    select: { id: true },
  });
  const expiresAt = new Date(now.getTime() + PAIRING_MINUTES * 60_000);
  for (;;) {
    const code = newKioskCode();
    const codeHash = hashPairingCode(code, office.id);
    // Another live code of the office may be equal (1 in 10^8): draw again.
    if (await prisma.kioskPairing.findUnique({ where: { codeHash }, select: { id: true } })) continue;
    await prisma.$transaction(async (tx) => {
      // A new code gives the office its wrong-code allowance back and resumes a paused pairing.
      const before = await tx.office.findUniqueOrThrow({
        where: { id: office.id },
        select: { kioskPairingPausedAt: true },
      });
      await tx.office.update({
        where: { id: office.id },
        data: { kioskPairingFailures: 0, kioskPairingPausedAt: null },
      });
      const p = await tx.kioskPairing.create({
        data: { officeId: office.id, name: input.name, codeHash, expiresAt, createdById: staff.id },
      });
      await writeAudit(tx, staff, 'kiosk.pairing-code', 'KioskPairing', p.id, {
        officeId: office.id,
        name: input.name,
        ...(before.kioskPairingPausedAt ? { resumedPairing: true } : {}),
      });
    });
    return { code, expiresAt };
  }
}
