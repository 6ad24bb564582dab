import 'server-only';
// The full ("max") metadata is the only one whose getType() tells a mobile number from a
// landline or a premium-rate line. It is large (≈157 kB of JSON), so it is imported here and nowhere
// else (ESLint enforces it), and this module is server-only: it never reaches a browser bundle.
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { getConfig } from '@/lib/server/core/config';

/** What the resident or the clerk reads next to the phone field; one place for these sentences. */
export const SMS_NUMBER_MESSAGES = {
  notMobile:
    'Na ten numer nie wyślemy SMS-a: to nie jest numer komórkowy (np. telefon stacjonarny albo numer ' +
    'specjalny). Podaj numer komórkowy albo odznacz wysyłkę SMS — wtedy zapiszemy go tylko jako telefon ' +
    'kontaktowy.',
  country: (countries: string) =>
    `SMS-y wysyłamy tylko na numery komórkowe z tych krajów: ${countries}. Podaj taki numer albo odznacz ` +
    'wysyłkę SMS — wtedy zapiszemy go tylko jako telefon kontaktowy.',
  /** The hint under the SMS option. */
  hint: (countries: string) => `SMS-y wysyłamy tylko na numery komórkowe z tych krajów: ${countries}.`,
  /** The manage page: a corrected number that cannot take an SMS turns the SMS notices off. */
  turnedOff:
    'Zapisano numer telefonu. Na ten numer nie wysyłamy SMS-ów (to nie jest numer komórkowy z ' +
    'obsługiwanego kraju), więc powiadomienia SMS zostały wyłączone.',
} as const;

export type SmsRefusal = 'not-mobile' | 'country';

/**
 * Why `phone` (E.164, as the phone schema stores it) may not receive an SMS, or null when it may:
 * only numbers the numbering plan marks as mobile, of the accepted countries. Landlines, VoIP,
 * premium-rate, shared-cost and toll-free numbers never get one, so nobody can make Termin text
 * a number that charges the city or cannot receive a text.
 */
export function smsRefusal(phone: string, countries: readonly string[]): SmsRefusal | null {
  const p = parsePhoneNumberFromString(phone);
  // FIXED_LINE_OR_MOBILE (plans that cannot tell them apart, e.g. US) is not enough: it may be a landline.
  if (!p || !p.isValid() || p.getType() !== 'MOBILE') return 'not-mobile';
  if (!p.country || !countries.includes(p.country)) return 'country';
  return null;
}

export function canReceiveSms(phone: string, countries: readonly string[] = getConfig().smsCountries) {
  return smsRefusal(phone, countries) === null;
}

/** "Polska (+48), Ukraina (+380)": the accepted countries as a resident reads them. */
export function describeSmsCountries(countries: readonly string[] = getConfig().smsCountries): string {
  const names = new Intl.DisplayNames('pl', { type: 'region' });
  return countries
    .filter((c) => isSupportedCountry(c))
    .map(
      (c) =>
        `${names.of(c) ?? c} (+${getCountryCallingCode(c as Parameters<typeof getCountryCallingCode>[0])})`,
    )
    .join(', ');
}

/**
 * The field error for a form that asks for SMS to `phone`, or undefined. Every use case that
 * stores an SMS opt-in calls it; the outbox refuses such a message as well (enqueueMessage).
 */
export function smsOptInError(
  d: { phone?: string | null; smsOptIn: boolean },
  countries: readonly string[] = getConfig().smsCountries,
): string | undefined {
  if (!d.smsOptIn || !d.phone) return undefined;
  const refusal = smsRefusal(d.phone, countries);
  if (refusal === 'not-mobile') return SMS_NUMBER_MESSAGES.notMobile;
  if (refusal === 'country') return SMS_NUMBER_MESSAGES.country(describeSmsCountries(countries));
  return undefined;
}

/** SMS_COUNTRIES entries libphonenumber does not know (checked at start-up). */
export function unsupportedSmsCountries(countries: readonly string[]): string[] {
  return countries.filter((c) => !isSupportedCountry(c));
}
