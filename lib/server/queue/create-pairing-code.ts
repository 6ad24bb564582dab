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
 * office stays valid until it runs out.
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
      const p = await tx.kioskPairing.create({
        data: { officeId: office.id, name: input.name, codeHash, expiresAt, createdById: staff.id },
      });
      await writeAudit(tx, staff, 'kiosk.pairing-code', 'KioskPairing', p.id, {
        officeId: office.id,
        name: input.name,
      });
    });
    return { code, expiresAt };
  }
}
