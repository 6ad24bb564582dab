import { z } from 'zod';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Only paths inside the booking flow may be the target after accepting the regulations. */
const flowPath = z
  .string()
  .regex(/^\/rezerwacja\/[a-z0-9-]+\/[a-z0-9-]+(\?[\w=&%.:-]*)?$/, 'Nieprawidłowy adres powrotu.');

export const acceptRegulationsSchema = z.object({
  accepted: z.literal('on'),
  next: flowPath,
});

export const phoneSchema = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const p = parsePhoneNumberFromString(v, 'PL');
    if (!p || !p.isValid()) {
      ctx.addIssue({
        code: 'custom',
        message: 'Podaj poprawny numer telefonu, np. 600 100 200 lub +48 600 100 200.',
      });
      return z.NEVER;
    }
    return p.number; // E.164: one form for locks, blocks and the SMS gateway
  });

/** An ID-card application number (point 1 of the confirmation of the application). */
export const APPLICATION_NUMBER = /^[A-Z0-9][A-Z0-9/-]{5,29}$/;
export const APPLICATION_NUMBER_MISSING =
  'Podaj numer wniosku o wydanie dowodu osobistego (pkt 1 potwierdzenia złożenia wniosku).';
export const APPLICATION_NUMBER_INVALID =
  'Numer wniosku składa się z 6–30 liter i cyfr (może zawierać „/” i „-”), np. ABC123456.';

/** The resident's details. E-mail is normalised (trimmed, lower case) so limits see one address. */
export const bookingDetailsSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, 'Podaj adres e-mail: wyślemy na niego kod potwierdzający.')
      .pipe(z.email({ message: 'Podaj poprawny adres e-mail, np. jan.kowalski@example.com.' })),
    phone: phoneSchema.optional(),
    smsOptIn: z.literal('on').optional(),
    idApplicationNumber: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .transform((v) => v || undefined),
    needsApplicationNumber: z.enum(['1', '0']).default('0'),
  })
  .superRefine((d, ctx) => {
    if (d.smsOptIn && !d.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'Aby otrzymać kod SMS-em, podaj numer telefonu.',
      });
    }
    if (d.needsApplicationNumber === '1') {
      if (!d.idApplicationNumber) {
        ctx.addIssue({
          code: 'custom',
          path: ['idApplicationNumber'],
          message: APPLICATION_NUMBER_MISSING,
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
  .transform(({ needsApplicationNumber, smsOptIn, ...d }) => ({
    ...d,
    smsOptIn: !!smsOptIn,
    idApplicationNumber: needsApplicationNumber === '1' ? d.idApplicationNumber : undefined,
  }));

export type BookingDetails = z.output<typeof bookingDetailsSchema>;

export const confirmationCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .transform((v) => v.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Kod ma 6 cyfr — przepisz go z e-maila lub SMS-a.')),
});
