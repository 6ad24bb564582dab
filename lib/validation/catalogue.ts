// The catalogue's forms in the staff area: offices, categories, matters, matters handled without
// booking. Each field is written once here; the use cases in lib/server/catalogue take the output.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { m } from '@/lib/validation/messages';

const id = z.uuid(m('catalogue.validation.id'));

const text = (min: number, max: number, key: Parameters<typeof m>[0]) =>
  z
    .string({ error: m(key) })
    .transform((v) => v.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(min, m(key))
        .max(max, m(key))
        // Control characters (a NUL from a crafted post) never reach a public page.
        .refine((v) => !/\p{Cc}/u.test(v), m(key)),
    );

/** A checkbox as a plain form posts it: "on" when ticked, absent when not. */
const checkbox = z
  .enum(['on'], { message: m('catalogue.validation.checkbox') })
  .optional()
  .transform((v) => v === 'on');

/** A Polish phone number as staff type it; kept as typed (spacing normalised), for residents to read. */
function isPhone(v: string): boolean {
  return /^[+\d][\d ()-]{5,24}$/.test(v) && !!parsePhoneNumberFromString(v, 'PL')?.isValid();
}
const phone = text(6, 25, 'catalogue.validation.phone').refine(isPhone, m('catalogue.validation.phone'));

/**
 * A page on PEUP, as the part of its address after PEUP_BASE_URL: it starts with one "/" (a
 * second would name another host), and has no scheme, host, spaces or characters a URL may not
 * carry unencoded. Empty means "PEUP's front page" (null).
 */
export const PEUP_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@%/?#]*$/;
const peupPath = z
  .string({ error: m('catalogue.validation.peupPath') })
  .trim()
  .max(300, m('catalogue.validation.peupPath'))
  .refine((v) => v === '' || PEUP_PATH.test(v), m('catalogue.validation.peupPath'))
  .transform((v) => v || null);

const sortOrder = z
  .string({ error: m('catalogue.validation.sortOrder') })
  .trim()
  .regex(/^\d{1,3}$/, m('catalogue.validation.sortOrder'))
  .transform(Number);

export const officeSchema = z.object({
  officeId: id,
  name: text(2, 200, 'catalogue.validation.name'),
  shortName: text(1, 20, 'catalogue.validation.shortName'),
  address: text(2, 200, 'catalogue.validation.address'),
  postalCode: z
    .string({ error: m('catalogue.validation.postalCode') })
    .trim()
    .regex(/^\d{2}-\d{3}$/, m('catalogue.validation.postalCode')),
  bookingPhone: phone,
});

export const categorySchema = z.object({
  categoryId: id,
  name: text(2, 200, 'catalogue.validation.name'),
  description: z
    .string({ error: m('catalogue.validation.description') })
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .max(500, m('catalogue.validation.description'))
        .refine(
          (v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v),
          m('catalogue.validation.description'),
        ),
    )
    .optional()
    .transform((v) => v || null),
  ticketPrefix: z
    .string({ error: m('catalogue.validation.ticketPrefix') })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]$/, m('catalogue.validation.ticketPrefix')),
  active: checkbox,
});

const matterFields = {
  name: text(2, 200, 'catalogue.validation.name'),
  peupPath,
  requiresApplicationNumber: checkbox,
};

export const matterSchema = z.object({
  matterId: id,
  ...matterFields,
  active: checkbox,
  sortOrder,
});

export const createMatterSchema = z.object({ categoryId: id, ...matterFields });

export const matterIdSchema = z.object({ matterId: id });

const walkInFields = {
  name: text(2, 200, 'catalogue.validation.name'),
  room: text(1, 100, 'catalogue.validation.room'),
  phones: z
    .string({ error: m('catalogue.validation.phones') })
    .transform((v) =>
      v
        .split(/[,;\n]/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(25).refine(isPhone))
        .min(1, m('catalogue.validation.phones'))
        .max(4, m('catalogue.validation.phones')),
    ),
};

export const walkInSchema = z.object({ walkInId: id, ...walkInFields, active: checkbox });

export const createWalkInSchema = z.object({ officeId: id, ...walkInFields });

export type OfficeInput = z.output<typeof officeSchema>;
export type CategoryInput = z.output<typeof categorySchema>;
export type MatterInput = z.output<typeof matterSchema>;
export type CreateMatterInput = z.output<typeof createMatterSchema>;
export type WalkInInput = z.output<typeof walkInSchema>;
export type CreateWalkInInput = z.output<typeof createWalkInSchema>;
