import { z } from 'zod';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { m } from '@/lib/validation/messages';

/**
 * Why "Zarezerwuj" sent the resident back to the day's times (or to the start of the flow)
 * instead of holding the time: a code in the URL (`?komunikat=`), said there as its sentence.
 */
export const FLOW_NOTICES = {
  'termin-zajety': 'errors.SLOT_TAKEN',
  'termin-niedostepny': 'errors.SLOT_UNAVAILABLE',
  'od-nowa': 'flow.restart',
} as const satisfies Record<string, MessageKey>;
export type FlowNotice = keyof typeof FLOW_NOTICES;
export const flowNoticeSchema = z.enum(Object.keys(FLOW_NOTICES) as [FlowNotice, ...FlowNotice[]]);

/** Only paths inside the booking flow may be the target after accepting the regulations. */
const flowPath = z
  .string()
  .regex(/^\/rezerwacja\/[a-z0-9-]+\/[a-z0-9-]+(\?[\w=&%.:-]*)?$/, m('validation.badReturnPath'));

export const acceptRegulationsSchema = z.object({
  accepted: z.literal('on', { error: m('validation.acceptRegulations') }),
  next: z.string().max(500).pipe(flowPath),
});

export const phoneSchema = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const p = parsePhoneNumberFromString(v, 'PL');
    if (!p || !p.isValid()) {
      ctx.addIssue({ code: 'custom', message: m('validation.phone') });
      return z.NEVER;
    }
    return p.number; // E.164: one form for locks, blocks and the SMS gateway
  });

/** An ID-card application number (point 1 of the confirmation of the application). */
export const APPLICATION_NUMBER = /^[A-Z0-9][A-Z0-9/-]{5,29}$/;
export const APPLICATION_NUMBER_INVALID = m('validation.applicationNumberFormat');

const EMAIL_MISSING = m('validation.emailMissing');

/** Longest e-mail address SMTP carries (RFC 5321); a longer one is refused, not truncated. */
const EMAIL_MAX = 254;

/** A resident's e-mail address, normalised (trimmed, lower case) so limits and locks see one address. */
export const emailSchema = z
  .string({ error: EMAIL_MISSING })
  .trim()
  .toLowerCase()
  .min(1, EMAIL_MISSING)
  .max(EMAIL_MAX, m('validation.emailTooLong'))
  .pipe(z.email({ message: m('validation.email') }));

/** An application number on its own (a correction on the manage page): required, in its format. */
export const applicationNumberSchema = z
  .string()
  .max(100, { message: APPLICATION_NUMBER_INVALID, abort: true })
  .trim()
  .toUpperCase()
  .min(1, { message: m('errors.APPLICATION_NUMBER'), abort: true })
  .regex(APPLICATION_NUMBER, APPLICATION_NUMBER_INVALID);

/**
 * The resident's details for one matter. Whether the matter needs an ID-card application number
 * is the server's to know (the matter's `requiresApplicationNumber`), never a field of the form.
 * E-mail is normalised (trimmed, lower case) so limits see one address. Both schemas are made
 * once: building one costs more than parsing a form with it, and every step of the flow asks.
 */
export function bookingDetailsSchemaFor(matter: { requiresApplicationNumber: boolean }) {
  return matter.requiresApplicationNumber ? WITH_APPLICATION_NUMBER : WITHOUT_APPLICATION_NUMBER;
}

function buildDetailsSchema(matter: { requiresApplicationNumber: boolean }) {
  return z
    .object({
      email: emailSchema,
      phone: z.string().max(40, m('validation.phone')).pipe(phoneSchema).optional(),
      smsOptIn: z.literal('on', { message: m('validation.smsOptIn') }).optional(),
      idApplicationNumber: z
        .string()
        .max(100, APPLICATION_NUMBER_INVALID)
        .trim()
        .toUpperCase()
        .optional()
        .transform((v) => v || undefined),
    })
    .superRefine((d, ctx) => {
      if (d.smsOptIn && !d.phone) {
        ctx.addIssue({ code: 'custom', path: ['phone'], message: m('validation.phoneForSmsCode') });
      }
      if (matter.requiresApplicationNumber) {
        if (!d.idApplicationNumber) {
          ctx.addIssue({
            code: 'custom',
            path: ['idApplicationNumber'],
            message: m('errors.APPLICATION_NUMBER'),
          });
        } else if (!APPLICATION_NUMBER.test(d.idApplicationNumber)) {
          ctx.addIssue({
            code: 'custom',
            path: ['idApplicationNumber'],
            message: APPLICATION_NUMBER_INVALID,
          });
        }
      }
    })
    .transform(({ smsOptIn, ...d }) => ({
      ...d,
      smsOptIn: !!smsOptIn,
      idApplicationNumber: matter.requiresApplicationNumber ? d.idApplicationNumber : undefined,
    }));
}

const WITH_APPLICATION_NUMBER = buildDetailsSchema({ requiresApplicationNumber: true });
const WITHOUT_APPLICATION_NUMBER = buildDetailsSchema({ requiresApplicationNumber: false });

/** The details for a matter that needs no application number (any posted one is dropped). */
export const bookingDetailsSchema = WITHOUT_APPLICATION_NUMBER;

export type BookingDetails = z.output<typeof bookingDetailsSchema>;

const CODE_FORMAT = m('validation.codeFormat');

export const confirmationCodeSchema = z.object({
  code: z
    .string({ error: CODE_FORMAT })
    .max(100, CODE_FORMAT)
    .trim()
    .transform((v) => v.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, CODE_FORMAT)),
});
