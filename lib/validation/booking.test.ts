import { describe, expect, it } from 'vitest';
import { bookingDetailsSchema, confirmationCodeSchema } from './booking';

const errors = (input: Record<string, string>) => {
  const r = bookingDetailsSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0] ?? ''), i.message]));
};

describe('bookingDetailsSchema', () => {
  it('normalises e-mail and phone', () => {
    const r = bookingDetailsSchema.parse({
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

  it.each<[string, Record<string, string>, string, RegExp]>([
    ['missing e-mail', { email: '' }, 'email', /Podaj adres e-mail/],
    ['bad e-mail', { email: 'jan@' }, 'email', /poprawny adres e-mail/],
    ['bad phone', { email: 'a@b.pl', phone: '123' }, 'phone', /poprawny numer telefonu/],
    ['SMS without phone', { email: 'a@b.pl', smsOptIn: 'on' }, 'phone', /podaj numer telefonu/],
    [
      'pickup without number',
      { email: 'a@b.pl', needsApplicationNumber: '1' },
      'idApplicationNumber',
      /pkt 1 potwierdzenia/,
    ],
    [
      'pickup, bad number',
      { email: 'a@b.pl', needsApplicationNumber: '1', idApplicationNumber: 'ab' },
      'idApplicationNumber',
      /6–30 liter i cyfr/,
    ],
  ])('%s', (_name, input, field, message) => {
    expect(errors(input)[field]).toMatch(message);
  });

  it('keeps the application number only where the matter needs it', () => {
    expect(
      bookingDetailsSchema.parse({ email: 'a@b.pl', idApplicationNumber: 'X' }).idApplicationNumber,
    ).toBeUndefined();
    expect(
      bookingDetailsSchema.parse({
        email: 'a@b.pl',
        needsApplicationNumber: '1',
        idApplicationNumber: ' abc123456 ',
      }).idApplicationNumber,
    ).toBe('ABC123456');
  });
});

describe('confirmationCodeSchema', () => {
  it.each([
    ['123 456', true],
    ['12345', false],
    ['abcdef', false],
  ])('%s', (code, ok) => expect(confirmationCodeSchema.safeParse({ code }).success).toBe(ok));
});
