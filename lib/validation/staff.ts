import { z } from 'zod';

export const signInSchema = z.object({
  email: z
    .string({ error: 'Podaj adres e-mail.' })
    .trim()
    .min(1, 'Podaj adres e-mail.')
    .max(254, 'Podaj poprawny adres e-mail.')
    .email('Podaj poprawny adres e-mail.'),
  password: z.string({ error: 'Podaj hasło.' }).min(1, 'Podaj hasło.').max(200, 'Hasło jest za długie.'),
});

export const PASSWORD_MIN = 12;

/** A staff password: long rather than complicated (NIST SP 800-63B). */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Hasło musi mieć co najmniej ${PASSWORD_MIN} znaków.`)
  .max(200, 'Hasło może mieć najwyżej 200 znaków.');

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, 'Podaj obecne hasło.'),
    password: newPasswordSchema,
    repeat: z.string(),
  })
  .refine((d) => d.password === d.repeat, { path: ['repeat'], message: 'Hasła nie są takie same.' });

export const createStaffSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Podaj adres e-mail.').email('Podaj poprawny adres e-mail.'),
  name: z.string().trim().min(2, 'Podaj imię i nazwisko.').max(120, 'Najwyżej 120 znaków.'),
  role: z.enum(['ADMIN', 'CLERK'], { message: 'Wybierz rolę.' }),
  officeId: z
    .string()
    .uuid('Wybierz biuro.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export const staffIdSchema = z.object({ id: z.string().uuid('Nie wskazano konta.') });
