import 'server-only';
import crypto from 'node:crypto';
import type { BookingDetails } from '@/lib/validation/booking';
import { hashSecret, hashToken, newConfirmationCode, newToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { holdSlot } from './hold-slot';
import { lockContacts } from './lock-contacts';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { instant } from '@/lib/server/notify/messages/message';
import { smsOptInError } from '@/lib/server/notify/sms-recipient';

/** Refuses a contact blocked at this office (after no-shows) without saying why on the page. */
async function assertNotBlocked(officeId: string, details: BookingDetails, now: Date, bookingPhone: string) {
  const block = await prisma.contactBlock.findFirst({
    where: {
      officeId,
      liftedAt: null,
      startsAt: { lte: now },
      endsAt: { gt: now },
      OR: [
        { kind: 'EMAIL', value: details.email },
        ...(details.phone ? [{ kind: 'PHONE' as const, value: details.phone }] : []),
      ],
    },
    select: { id: true },
  });
  if (block) {
    throw new AppError('CONTACT_BLOCKED', {
      message: 'flow.contactBlocked',
      params: { phone: bookingPhone },
    });
  }
}

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
  const category = await prisma.serviceCategory.findUniqueOrThrow({
    where: { id: r.categoryId },
    select: {
      officeId: true,
      phoneOnly: true,
      office: { select: { bookingPhone: true } },
    },
  });
  // The pages already hide the calendar; this refuses a hold posted while the switch was flipped.
  if (category.phoneOnly)
    throw new AppError('PHONE_ONLY', {
      message: 'flow.phoneOnly',
      params: { phone: category.office.bookingPhone },
    });
  const matter = await prisma.matter.findUniqueOrThrow({
    where: { id: r.matterId },
    select: { requiresApplicationNumber: true },
  });
  // The matter decides, whatever the caller parsed: an ID-card pickup needs its application number.
  if (matter.requiresApplicationNumber && !r.details.idApplicationNumber)
    throw new AppError('APPLICATION_NUMBER', { field: 'idApplicationNumber' });
  await assertNotBlocked(category.officeId, r.details, r.now, category.office.bookingPhone);

  const id = crypto.randomUUID();
  const code = newConfirmationCode();
  const token = newToken();
  // The code and the token reach the outbox only encrypted, never inside the stored text.
  await holdSlot({
    categoryId: r.categoryId,
    matterId: r.matterId,
    startsAt: r.startsAt,
    now: r.now,
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
