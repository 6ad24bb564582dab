import { describe, expect, it } from 'vitest';
import { phoneSchema } from '@/lib/validation/booking';
import { sayMessage, translator } from '@/lib/i18n/translator';
import { describeSmsCountries, smsOptInError, smsRefusal, unsupportedSmsCountries } from './sms-recipient';

const PL_UA = ['PL', 'UA'];
/** As the forms store a number: through the shared phone schema (E.164). */
const stored = (typed: string) => phoneSchema.parse(typed)!;

describe('smsRefusal', () => {
  it.each([
    ['a Polish mobile, typed nationally', '600 100 200', null],
    ['a Polish mobile (Plus, 69x)', '+48 691 234 567', null],
    ['a Polish mobile (45x)', '450 000 123', null],
    ['a Ukrainian mobile (Kyivstar)', '+380 67 123 4567', null],
    ['a Ukrainian mobile (Vodafone)', '+380 50 123 4567', null],
    ['the Opole city hall landline', '77 54 11 361', 'not-mobile'],
    ['a Warsaw landline', '+48 22 111 11 11', 'not-mobile'],
    ['a Kyiv landline', '+380 44 123 4567', 'not-mobile'],
    ['a Polish premium-rate 701 number', '701 234 567', 'not-mobile'],
    ['a Polish premium-rate 708 number', '708 123 456', 'not-mobile'],
    ['a Polish toll-free 800 number', '800 123 456', 'not-mobile'],
    ['a Polish VoIP 39 number', '39 123 45 67', 'not-mobile'],
    ['a German mobile', '+49 1512 3456789', 'country'],
  ])('%s (%s)', (_what, typed, expected) => {
    expect(smsRefusal(stored(typed), PL_UA)).toBe(expected);
  });

  it('follows the accepted countries', () => {
    expect(smsRefusal(stored('+49 1512 3456789'), ['PL', 'UA', 'DE'])).toBeNull();
    expect(smsRefusal(stored('+380 67 123 4567'), ['PL'])).toBe('country');
  });

  it('refuses what is not a number at all', () => {
    expect(smsRefusal('', PL_UA)).toBe('not-mobile');
    expect(smsRefusal('+48', PL_UA)).toBe('not-mobile');
    expect(smsRefusal('+48600', PL_UA)).toBe('not-mobile');
  });
});

describe('smsOptInError', () => {
  it('says nothing without the SMS option, or with a mobile of an accepted country', () => {
    expect(smsOptInError({ phone: stored('77 54 11 361'), smsOptIn: false }, PL_UA)).toBeUndefined();
    expect(smsOptInError({ phone: undefined, smsOptIn: true }, PL_UA)).toBeUndefined(); // the schema asks for the number
    expect(smsOptInError({ phone: stored('600 100 200'), smsOptIn: true }, PL_UA)).toBeUndefined();
  });

  it('gives a clear Polish reason for a landline, a premium-rate line and a foreign mobile', () => {
    const words = (phone: string) =>
      sayMessage(translator(), smsOptInError({ phone: stored(phone), smsOptIn: true }, PL_UA)!);
    expect(smsOptInError({ phone: stored('77 54 11 361'), smsOptIn: true }, PL_UA)).toEqual({
      key: 'notify.sms.notMobile',
    });
    expect(words('701 234 567')).toContain('to nie jest numer komórkowy');
    expect(words('+49 1512 3456789')).toBe(
      'SMS-y wysyłamy tylko na numery komórkowe z tych krajów: Polska (+48), Ukraina (+380). ' +
        'Podaj taki numer albo odznacz wysyłkę SMS — wtedy zapiszemy go tylko jako telefon kontaktowy.',
    );
  });
});

describe('SMS_COUNTRIES', () => {
  it('names the countries as a resident reads them', () => {
    expect(describeSmsCountries(PL_UA)).toBe('Polska (+48), Ukraina (+380)');
    expect(describeSmsCountries(['PL', 'DE'])).toBe('Polska (+48), Niemcy (+49)');
  });

  it('finds codes the phone metadata does not know', () => {
    expect(unsupportedSmsCountries(['PL', 'UA', 'DE'])).toEqual([]);
    expect(unsupportedSmsCountries(['PL', 'UK', 'XX'])).toEqual(['UK', 'XX']);
  });
});
