import 'server-only';
import crypto from 'node:crypto';
import { z } from 'zod';
import { parseInstant } from '@/lib/domain/time';
import { APPLICATION_NUMBER, APPLICATION_NUMBER_INVALID, phoneSchema } from '@/lib/validation/booking';
import { m } from '@/lib/validation/messages';
import { writeAudit } from '@/lib/server/core/audit';
import { newToken } from '@/lib/server/core/codes';
import { queueConfirmation } from './confirm-booking';
import { prisma } from '@/lib/server/core/db';
import { AppError, isAppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { holdSlot } from './hold-slot';
import { getCurrentRegulations } from '@/lib/server/notices/get-current-regulations';
import { hashToken } from '@/lib/server/core/codes';
import { lockContacts } from './lock-contacts';
import { smsOptInError } from '@/lib/server/notify/sms-recipient';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

const PICK_TIME = m('validation.phoneBooking.time');

/** What the clerk types while on the phone; the choice of time travels in hidden fields. */
export const phoneBookingSchema = z
  .object({
    categoryId: z.uuid(m('validation.phoneBooking.category')),
    matterId: z.uuid(m('validation.phoneBooking.matter')),
    // A time outside 2000–2100 (0099-01-01T…) is no time of this calendar.
    startsAt: z.string({ error: PICK_TIME }).transform((v, ctx) => {
      const at = parseInstant(v);
      if (!at) ctx.addIssue({ code: 'custom', message: PICK_TIME });
      return at ?? z.NEVER;
    }),
    email: optionalText
      .transform((v) => v?.toLowerCase())
      .pipe(z.email({ message: m('validation.email') }).optional()),
    phone: phoneSchema.optional(),
    smsOptIn: z.literal('on').optional(),
    idApplicationNumber: optionalText.transform((v) => v?.toUpperCase()),
    // Checked in superRefine with the rest, so that every missing piece is reported at once.
    regulationsRead: z.string().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.regulationsRead !== 'on')
      ctx.addIssue({
        code: 'custom',
        path: ['regulationsRead'],
        message: m('validation.phoneBooking.regulations'),
      });
    // The regulations ask for a contact: the office must be able to reach the resident when a
    // visit has to be moved or cancelled, and the one-booking-per-contact rule needs one.
    if (!d.email && !d.phone) {
      for (const path of ['email', 'phone'])
        ctx.addIssue({
          code: 'custom',
          path: [path],
          message: m('validation.phoneBooking.contact'),
        });
    }
    if (d.smsOptIn && !d.phone)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: m('validation.phoneBooking.phoneForSms') });
    if (d.idApplicationNumber && !APPLICATION_NUMBER.test(d.idApplicationNumber))
      ctx.addIssue({ code: 'custom', path: ['idApplicationNumber'], message: APPLICATION_NUMBER_INVALID });
  })
  // The acceptance itself is recorded as regulationsAcceptedAt with the current version.
  .transform((d) => ({
    categoryId: d.categoryId,
    matterId: d.matterId,
    startsAt: d.startsAt,
    email: d.email,
    phone: d.phone,
    idApplicationNumber: d.idApplicationNumber,
    smsOptIn: !!d.smsOptIn,
  }));

export type PhoneBookingInput = z.output<typeof phoneBookingSchema>;

/**
 * A clerk books a visit for a caller: the same capacity, horizon and one-booking-per-contact
 * rules as online (holdSlot, lockContacts), but confirmed at once with no code. The caller
 * accepts the regulations on the phone; a block on online booking does not apply here, because
 * the phone line is exactly where the regulations send blocked residents.
 */
export async function bookByPhone(staff: Staff, input: PhoneBookingInput, now: Date) {
  const smsError = smsOptInError(input);
  if (smsError)
    throw new AppError('SMS_NUMBER', { message: smsError.key, params: smsError.params, field: 'phone' });
  const category = await prisma.serviceCategory.findUnique({
    where: { id: input.categoryId },
    select: {
      officeId: true,
      active: true,
      matters: {
        where: { id: input.matterId, active: true },
        select: { requiresApplicationNumber: true },
      },
    },
  });
  if (!category?.active)
    throw new AppError('NOT_FOUND', { message: 'schedule.categoryNotFound', field: 'categoryId' });
  assertOfficeAccess(staff, category.officeId);
  const matter = category.matters[0];
  if (!matter) throw new AppError('MATTER_UNKNOWN', { field: 'matterId' });
  if (matter.requiresApplicationNumber && !input.idApplicationNumber)
    throw new AppError('APPLICATION_NUMBER', { field: 'idApplicationNumber' });

  const regulations = await getCurrentRegulations();
  const blockedOnline = await prisma.contactBlock.count({
    where: {
      officeId: category.officeId,
      liftedAt: null,
      startsAt: { lte: now },
      endsAt: { gt: now },
      OR: [
        ...(input.email ? [{ kind: 'EMAIL' as const, value: input.email }] : []),
        ...(input.phone ? [{ kind: 'PHONE' as const, value: input.phone }] : []),
      ],
    },
  });
  const id = crypto.randomUUID();
  const token = newToken(); // only in the e-mail's manage link; the caller can cancel from there
  try {
    const booking = await holdSlot({
      categoryId: input.categoryId,
      matterId: input.matterId,
      startsAt: input.startsAt,
      now,
      booking: {
        id,
        status: 'CONFIRMED',
        channel: 'PHONE',
        holdExpiresAt: null,
        confirmedAt: now,
        createdById: staff.id,
        email: input.email ?? null,
        phone: input.phone ?? null,
        smsOptIn: input.smsOptIn,
        idApplicationNumber: matter.requiresApplicationNumber ? input.idApplicationNumber : null,
        regulationsVersionId: regulations.id,
        regulationsAcceptedAt: now,
        manageTokenHash: hashToken(token),
      },
      inTransaction: async (tx, b) => {
        await lockContacts(tx, input.categoryId, b.id, input, now);
        await queueConfirmation(tx, b.id, token, now);
        await writeAudit(tx, staff, 'booking.phone', 'Booking', b.id, {
          reference: b.reference,
          startsAt: input.startsAt.toISOString(),
          matterId: input.matterId,
          regulationsVersion: regulations.version,
          emailQueued: !!input.email,
          smsQueued: input.smsOptIn,
          blockedOnline: blockedOnline > 0,
        });
      },
    });
    return { id: booking.id, reference: booking.reference, kioskCode: booking.kioskCode };
  } catch (e) {
    if (isAppError(e) && e.code === 'CONTACT_BUSY')
      throw new AppError('CONTACT_BUSY', { message: 'flow.phoneContactBusy' });
    throw e;
  }
}
