import { describe, expect, it } from 'vitest';
import { applicationNumberCorrectionSchema, emailChangeRequestSchema } from './corrections';
import { fieldErrorsOf } from './form-state';

const parse = <
  S extends { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: unknown } },
>(
  schema: S,
  input: Record<string, string>,
) => {
  const r = schema.safeParse(input);
  return r.success ? { data: r.data } : { errors: fieldErrorsOf(r.error as never) };
};

describe('the application number correction', () => {
  it.each([
    [' zac100299 ', { data: { token: 't', idApplicationNumber: 'ZAC100299' } }],
    ['ABC/2026-01', { data: { token: 't', idApplicationNumber: 'ABC/2026-01' } }],
    [
      '',
      {
        errors: {
          idApplicationNumber: [
            'Podaj numer wniosku o wydanie dowodu osobistego (pkt 1 potwierdzenia złożenia wniosku).',
          ],
        },
      },
    ],
    ['AB1', { errors: { idApplicationNumber: [expect.stringMatching(/^Numer wniosku składa się z 6–30/)] } }],
    ['ZAC 100299', { errors: { idApplicationNumber: [expect.stringMatching(/^Numer wniosku składa się/)] } }],
    [
      'Z'.repeat(101),
      { errors: { idApplicationNumber: [expect.stringMatching(/^Numer wniosku składa się/)] } },
    ],
  ])('%j', (idApplicationNumber, expected) => {
    expect(parse(applicationNumberCorrectionSchema, { token: 't', idApplicationNumber })).toEqual(expected);
  });
});

describe('the new e-mail address', () => {
  it('is normalised as the booking form normalises it', () => {
    expect(parse(emailChangeRequestSchema, { token: 't', email: '  Jan.Kowalski@Example.COM ' })).toEqual({
      data: { token: 't', email: 'jan.kowalski@example.com' },
    });
  });

  it.each([
    ['', 'Podaj adres e-mail: wyślemy na niego kod potwierdzający.'],
    ['jan@', 'Podaj poprawny adres e-mail, np. jan.kowalski@example.com.'],
    [`${'a'.repeat(250)}@example.com`, 'Adres e-mail może mieć najwyżej 254 znaki.'],
  ])('%j is refused on its field', (email, message) => {
    expect(parse(emailChangeRequestSchema, { token: 't', email })).toEqual({ errors: { email: [message] } });
  });
});
