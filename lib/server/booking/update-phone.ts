import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { AppError, isAppError } from '@/lib/server/core/errors';
import { canReceiveSms } from '@/lib/server/notify/sms-recipient';
import { CORRECTABLE, correctableWhere } from './correctable-booking';
import { moveContactLock } from './lock-contacts';
import { countCorrection, recordCorrection } from './record-correction';

/**
 * The resident corrects the phone number (right to rectification), until the visit begins. The
 * number's contact lock moves with it (one live booking per phone in a category): the old
 * number is free at once, and a new number that already has a live booking in the category is
 * refused with nothing changed. A number that cannot take an SMS (a landline, another country's
 * mobile) is still saved as the contact phone, but turns the SMS notices off; `smsTurnedOff`
 * says so, for the page to tell the resident. A change is audited and told to the old address
 * (recordCorrection); the same number again changes nothing and tells no one.
 */
export async function updatePhoneByToken(
  token: string,
  phone: string | undefined,
  now: Date,
): Promise<{ smsTurnedOff: boolean }> {
  const where = correctableWhere(token, now);
  const smsPossible = !!phone && canReceiveSms(phone);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.booking.findFirst({ where, select: CORRECTABLE });
      if (!before) throw new AppError('NOT_FOUND', { message: 'flow.phoneNotChangeable' });
      if ((before.phone ?? undefined) === phone) return { smsTurnedOff: false };
      await countCorrection(before, now);
      // Conditional: a booking cancelled or begun a moment ago keeps its data.
      const r = await tx.booking.updateMany({
        where: { ...where, id: before.id },
        data: { phone: phone ?? null, ...(smsPossible ? {} : { smsOptIn: false }) },
      });
      if (!r.count) throw new AppError('NOT_FOUND', { message: 'flow.phoneNotChangeable' });
      await moveContactLock(tx, before, 'PHONE', phone, now);
      await recordCorrection(tx, { before, field: 'phone', value: phone ?? null });
      return { smsTurnedOff: !!phone && !smsPossible && before.smsOptIn };
    });
  } catch (e) {
    if (isAppError(e) && e.code === 'CONTACT_BUSY')
      throw new AppError('CONTACT_BUSY', { message: 'flow.phoneBusy', field: 'phone' });
    throw e;
  }
}
