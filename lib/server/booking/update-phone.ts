import 'server-only';
import { hashToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { AppError, isAppError } from '@/lib/server/core/errors';
import { canReceiveSms } from '@/lib/server/notify/sms-recipient';
import { movePhoneLock } from './lock-contacts';

/**
 * The resident corrects the phone number (right to rectification), until the visit begins. The
 * number's contact lock moves with it (one live booking per phone in a category): the old
 * number is free at once, and a new number that already has a live booking in the category is
 * refused with nothing changed. A number that cannot take an SMS (a landline, another country's
 * mobile) is still saved as the contact phone, but turns the SMS notices off; `smsTurnedOff`
 * says so, for the page to tell the resident.
 */
export async function updatePhoneByToken(
  token: string,
  phone: string | undefined,
  now: Date,
): Promise<{ smsTurnedOff: boolean }> {
  const where = {
    manageTokenHash: hashToken(token),
    status: { in: ['HELD' as const, 'CONFIRMED' as const] },
    startsAt: { gt: now },
    anonymisedAt: null,
  };
  const smsPossible = !!phone && canReceiveSms(phone);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.booking.findFirst({
        where,
        select: { id: true, categoryId: true, smsOptIn: true },
      });
      if (!before) throw new AppError('NOT_FOUND', { message: 'flow.phoneNotChangeable' });
      // Conditional: a booking cancelled or begun a moment ago keeps its data.
      const r = await tx.booking.updateMany({
        where: { ...where, id: before.id },
        data: { phone: phone ?? null, ...(smsPossible ? {} : { smsOptIn: false }) },
      });
      if (!r.count) throw new AppError('NOT_FOUND', { message: 'flow.phoneNotChangeable' });
      await movePhoneLock(tx, before, phone, now);
      return { smsTurnedOff: !!phone && !smsPossible && before.smsOptIn };
    });
  } catch (e) {
    if (isAppError(e) && e.code === 'CONTACT_BUSY')
      throw new AppError('CONTACT_BUSY', { message: 'flow.phoneBusy', field: 'phone' });
    throw e;
  }
}
