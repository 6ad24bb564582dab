import { z } from 'zod';
import { m } from '@/lib/validation/messages';

export const signInSchema = z.object({
  email: z
    .string({ error: m('validation.staffEmailMissing') })
    .trim()
    .min(1, m('validation.staffEmailMissing'))
    .max(254, m('validation.staffEmail'))
    .email(m('validation.staffEmail')),
  password: z
    .string({ error: m('validation.passwordMissing') })
    .min(1, m('validation.passwordMissing'))
    .max(200, m('validation.passwordTooLongSignIn')),
});

export const PASSWORD_MIN = 12;

/** A staff password: long rather than complicated (NIST SP 800-63B). */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, m('validation.passwordTooShort'))
  .max(200, m('validation.passwordTooLong'));

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, m('validation.currentPassword')),
    password: newPasswordSchema,
    repeat: z.string(),
  })
  .refine((d) => d.password === d.repeat, { path: ['repeat'], message: m('validation.passwordsDiffer') });

export const createStaffSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, m('validation.staffEmailMissing'))
    .email(m('validation.staffEmail')),
  name: z.string().trim().min(2, m('validation.name')).max(120, m('validation.nameTooLong')),
  role: z.enum(['ADMIN', 'CLERK'], { message: m('validation.role') }),
  officeId: z
    .string()
    .uuid(m('validation.office'))
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export const staffIdSchema = z.object({ id: z.string().uuid(m('validation.account')) });
