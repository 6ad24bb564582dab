import 'server-only';
import crypto from 'node:crypto';
import type { BookingDetails } from '@/lib/validation/booking';
import { hashSecret, hashToken, newConfirmationCode, newToken } from '@/lib/server/core/codes';
import { AppError } from '@/lib/server/core/errors';
import { findCategoryById } from '@/lib/server/catalogue/get-category';
import { type LockedCategory, holdSlot } from './hold-slot';
import { lockContacts } from './lock-contacts';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { instant } from '@/lib/server/notify/messages/message';
import { smsOptInError } from '@/lib/server/notify/sms-recipient';

export type BookingRequest = {
  categoryId: string;
  matterId: string;
  startsAt: Date;
  details: BookingDetails;
  regulations: { versionId: string; acceptedAt: Date };
  now: Date;
};

/**
 * "Zarezerwuj": holds the time, and in the same transaction locks the contact and queues the
 * one-time code by e-mail (and SMS). Returns the manage token for the code page.
 */
export async function requestBooking(r: BookingRequest): Promise<{ token: string; bookingId: string }> {
  const smsError = smsOptInError(r.details);
  if (smsError)
    throw new AppError('SMS_NUMBER', { message: smsError.key, params: smsError.params, field: 'phone' });
  // Names and addresses for the e-mail from this process's copy of the catalogue; what the hold
  // must obey is read again under the category's lock (`rules`).
  const category = await findCategoryById(r.categoryId);
  const matter = category?.matters.find((m) => m.id === r.matterId);
  if (!category || !matter) throw new AppError('MATTER_UNKNOWN', { field: 'matterId' });
  const phone = { phone: category.office.bookingPhone };
  const rules = (c: Pick<LockedCategory, 'phoneOnly' | 'matter' | 'blocked'>) => {
    // The pages already hide the calendar; this refuses a hold posted while the switch was flipped.
    if (c.phoneOnly) throw new AppError('PHONE_ONLY', { message: 'flow.phoneOnlyNow', params: phone });
    // The matter decides, whatever the caller parsed: an ID-card pickup needs its application number.
    if (c.matter?.requiresApplicationNumber && !r.details.idApplicationNumber)
      throw new AppError('APPLICATION_NUMBER', { field: 'idApplicationNumber' });
    // A contact blocked at this office (after no-shows) is refused without saying why on the page.
    if (c.blocked) throw new AppError('CONTACT_BLOCKED', { message: 'flow.contactBlocked', params: phone });
  };
  // Refused at once when the copy already says so (no transaction for it).
  rules({ phoneOnly: category.phoneOnly, matter, blocked: false });

  const id = crypto.randomUUID();
  const code = newConfirmationCode();
  const token = newToken();
  // The code and the token reach the outbox only encrypted, never inside the stored text.
  await holdSlot({
    categoryId: r.categoryId,
    matterId: r.matterId,
    startsAt: r.startsAt,
    now: r.now,
    contacts: { email: r.details.email, phone: r.details.phone },
    check: rules,
    booking: {
      id,
      email: r.details.email,
      phone: r.details.phone,
      smsOptIn: r.details.smsOptIn,
      idApplicationNumber: matter.requiresApplicationNumber ? r.details.idApplicationNumber : null,
      regulationsVersionId: r.regulations.versionId,
      regulationsAcceptedAt: r.regulations.acceptedAt,
      channel: 'ONLINE',
      codeHash: hashSecret(code, id),
      codeSentAt: r.now,
      manageTokenHash: hashToken(token),
    },
    inTransaction: async (tx, booking) => {
      await lockContacts(tx, r.categoryId, booking.id, r.details, r.now);
      const held = await tx.booking.findUniqueOrThrow({ where: { id }, select: { holdExpiresAt: true } });
      // Facts only: the worker renders the code e-mail and SMS when it sends them.
      const message = {
        template: 'confirmation-code',
        facts: { until: instant(held.holdExpiresAt!), resent: false },
        secrets: { code, token },
        expiresAt: held.holdExpiresAt!, // a code is no use once the hold is over
        bookingId: id,
      } as const;
      await enqueueMessage(tx, { ...message, channel: 'EMAIL', recipient: r.details.email });
      if (r.details.smsOptIn && r.details.phone)
        await enqueueMessage(tx, {
          ...message,
          channel: 'SMS',
          recipient: r.details.phone,
          secrets: { code },
        });
    },
  });
  return { token, bookingId: id };
}
