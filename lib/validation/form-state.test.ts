import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf } from './form-state';
import { m, withParams } from './messages';

const schema = z.object({
  email: z.string().max(5, m('validation.emailTooLong')),
  password: z.string().min(12, m('validation.passwordTooShort')),
  role: z.enum(['CLERK', 'ADMIN']),
  slot: z.string().superRefine((_, ctx) => {
    ctx.addIssue({ code: 'custom', ...withParams('validation.schedule.slotTooLong', { max: '240' }) });
    ctx.addIssue({ code: 'custom', message: m('validation.schedule.slotMissing') });
  }),
});

describe('fieldErrorsOf', () => {
  const r = schema.safeParse({ email: 'jan@example.com', password: 'short', role: 'CHIEF', slot: '' });
  const errors = fieldErrorsOf(r.error!);

  it("fills a built-in check's parameter from its issue", () => {
    expect(errors.email).toEqual(['Adres e-mail może mieć najwyżej 5 znaki.']);
    expect(errors.password).toEqual(['Hasło musi mieć co najmniej 12 znaków.']);
  });

  it("fills a custom issue's parameters from its params, first issue first", () => {
    expect(errors.slot).toEqual([
      'Wizyta może trwać najwyżej 240 minut.',
      'Podaj długość wizyty w pełnych minutach.',
    ]);
  });

  it('says the general sentence for a message that is no key', () => {
    expect(errors.role).toEqual(['Nieprawidłowa wartość.']);
  });
});
