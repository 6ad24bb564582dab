import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { APPLICATION_NUMBER } from '@/lib/validation/booking';
import { CORRECTABLE, correctableWhere } from './correctable-booking';
import { countCorrection, recordCorrection } from './record-correction';

/**
 * The resident corrects the ID-card application number (docs/decisions/039), until the visit
 * begins: only for a matter that asks for one (an ID-card pickup), in the format the booking form
 * checks (lib/validation/booking.ts applicationNumberSchema). Audited and told to the old address;
 * the same number again changes nothing and tells no one.
 */
export async function updateApplicationNumberByToken(
  token: string,
  number: string,
  now: Date,
): Promise<void> {
  // The action parsed it already; a caller that did not is refused all the same.
  if (!APPLICATION_NUMBER.test(number))
    throw new AppError('APPLICATION_NUMBER', {
      message: 'validation.applicationNumberFormat',
      field: 'idApplicationNumber',
    });
  const where = correctableWhere(token, now);
  await prisma.$transaction(async (tx) => {
    const before = await tx.booking.findFirst({ where, select: CORRECTABLE });
    if (!before) throw new AppError('NOT_FOUND', { message: 'corrections.notChangeable' });
    if (!before.matter.requiresApplicationNumber)
      throw new AppError('NOT_FOUND', { message: 'corrections.applicationNumber.notNeeded' });
    if (before.idApplicationNumber === number) return;
    await countCorrection(before, now);
    const r = await tx.booking.updateMany({
      where: { ...where, id: before.id },
      data: { idApplicationNumber: number },
    });
    if (!r.count) throw new AppError('NOT_FOUND', { message: 'corrections.notChangeable' });
    await recordCorrection(tx, { before, field: 'applicationNumber', value: number });
  });
}
