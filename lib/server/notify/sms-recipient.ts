import 'server-only';
// The full ("max") metadata is the only one whose getType() tells a mobile number from a
// landline or a premium-rate line. It is large (≈157 kB of JSON), so it is imported here and nowhere
// else (ESLint enforces it), and this module is server-only: it never reaches a browser bundle.
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Message } from '@/lib/i18n/catalogue';
import { getConfig } from '@/lib/server/core/config';

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
 * The field error (a catalogue key) for a form that asks for SMS to `phone`, or undefined. Every use case that
 * stores an SMS opt-in calls it; the outbox refuses such a message as well (enqueueMessage).
 */
export function smsOptInError(
  d: { phone?: string | null; smsOptIn: boolean },
  countries: readonly string[] = getConfig().smsCountries,
): Message | undefined {
  if (!d.smsOptIn || !d.phone) return undefined;
  const refusal = smsRefusal(d.phone, countries);
  if (refusal === 'not-mobile') return { key: 'notify.sms.notMobile' };
  if (refusal === 'country')
    return { key: 'notify.sms.country', params: { countries: describeSmsCountries(countries) } };
  return undefined;
}

/** SMS_COUNTRIES entries libphonenumber does not know (checked at start-up). */
export function unsupportedSmsCountries(countries: readonly string[]): string[] {
  return countries.filter((c) => !isSupportedCountry(c));
}

/**
 * Where a resident's reschedule is told by SMS too (besides the e-mail): the booking's phone when
 * the resident asked for SMS or gave no e-mail, and it can take one. The page after "Zmień
 * termin" says so only when it is true.
 */
export function rescheduleSmsTo(b: { phone: string | null; email: string | null; smsOptIn: boolean }) {
  return b.phone && (b.smsOptIn || !b.email) && canReceiveSms(b.phone) ? b.phone : null;
}
