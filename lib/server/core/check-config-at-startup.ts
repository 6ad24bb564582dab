import { ConfigError, parseConfig } from '@/lib/validation/config';
import { unsupportedSmsCountries } from '@/lib/server/notify/sms-recipient';
import { translator } from '@/lib/i18n/translator';

/** Refuse to start with a broken configuration, saying exactly what is wrong. */
export function checkConfigAtStartup() {
  const t = translator();
  try {
    const config = parseConfig(process.env);
    // Here, not in parseConfig: the phone metadata must stay out of the proxy's bundle.
    const unknown = unsupportedSmsCountries(config.smsCountries);
    if (unknown.length)
      throw new ConfigError([t('validation.config.smsCountryUnknown', { codes: unknown.join(', ') })]);
    // With no proxy in front, only scripts/server.mjs can tell the client address: under plain
    // `next start`/`next dev` every client shares one limit (safe, but tight for many people).
    if (
      config.trustedProxyHops === 0 &&
      !process.env.TERMIN_PEER_HEADER &&
      process.env.NEXT_PHASE !== 'phase-production-build'
    ) {
      console.warn(t('validation.config.noPeer'));
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
