import { describe, expect, it } from 'vitest';
import { bookingDetailsSchema, bookingDetailsSchemaFor, confirmationCodeSchema } from './booking';
import { fieldErrorsOf } from './form-state';

const plain = bookingDetailsSchema;
const pickup = bookingDetailsSchemaFor({ requiresApplicationNumber: true });

const errors = (input: Record<string, string>, schema = plain) => {
  const r = schema.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(Object.entries(fieldErrorsOf(r.error)).map(([k, v]) => [k, v?.join(' ')]));
};

describe('bookingDetailsSchemaFor', () => {
  it('normalises e-mail and phone', () => {
    const r = plain.parse({
      email: '  Jan.Kowalski@Example.COM ',
      phone: '600 100 200',
      smsOptIn: 'on',
    });
    expect(r).toEqual({
      email: 'jan.kowalski@example.com',
      phone: '+48600100200',
      smsOptIn: true,
      idApplicationNumber: undefined,
    });
  });

  it.each<[string, Record<string, string>, string, RegExp, typeof plain?]>([
    ['missing e-mail', { email: '' }, 'email', /Podaj adres e-mail/],
    ['e-mail too long', { email: `${'a'.repeat(250)}@b.pl` }, 'email', /najwyżej 254/],
    ['e-mail with a zero-width space', { email: 'a\u200b@b.pl' }, 'email', /poprawny adres e-mail/],
    ['huge phone', { email: 'a@b.pl', phone: '6'.repeat(10_000) }, 'phone', /poprawny numer telefonu/],
    ['SMS opt-in not a checkbox', { email: 'a@b.pl', smsOptIn: 'yes' }, 'smsOptIn', /Nieprawidłowa wartość/],
    ['bad e-mail', { email: 'jan@' }, 'email', /poprawny adres e-mail/],
    ['bad phone', { email: 'a@b.pl', phone: '123' }, 'phone', /poprawny numer telefonu/],
    ['SMS without phone', { email: 'a@b.pl', smsOptIn: 'on' }, 'phone', /podaj numer telefonu/],
    ['pickup without number', { email: 'a@b.pl' }, 'idApplicationNumber', /pkt 1 potwierdzenia/, pickup],
    [
      'pickup without number, whatever the form claims',
      { email: 'a@b.pl', needsApplicationNumber: '0' },
      'idApplicationNumber',
      /pkt 1 potwierdzenia/,
      pickup,
    ],
    [
      'pickup, bad number',
      { email: 'a@b.pl', idApplicationNumber: 'ab' },
      'idApplicationNumber',
      /6–30 liter i cyfr/,
      pickup,
    ],
  ])('%s', (_name, input, field, message, schema) => {
    expect(errors(input, schema)[field]).toMatch(message);
  });

  it('keeps the application number only where the matter needs it', () => {
    expect(
      plain.parse({ email: 'a@b.pl', idApplicationNumber: 'X', needsApplicationNumber: '1' })
        .idApplicationNumber,
    ).toBeUndefined();
    expect(pickup.parse({ email: 'a@b.pl', idApplicationNumber: ' abc123456 ' }).idApplicationNumber).toBe(
      'ABC123456',
    );
  });
});

describe('confirmationCodeSchema', () => {
  it.each([
    ['123 456', true],
    ['12345', false],
    ['abcdef', false],
  ])('%s', (code, ok) => expect(confirmationCodeSchema.safeParse({ code }).success).toBe(ok));
});
