import { ConfigError, parseConfig } from '@/lib/validation/config';
import { unsupportedSmsCountries } from './sms-recipient';

/** Refuse to start with a broken configuration, saying exactly what is wrong. */
export function checkConfigAtStartup() {
  try {
    const config = parseConfig(process.env);
    // Here, not in parseConfig: the phone metadata must stay out of the proxy's bundle.
    const unknown = unsupportedSmsCountries(config.smsCountries);
    if (unknown.length)
      throw new ConfigError([
        `SMS_COUNTRIES: nieznany kod kraju ${unknown.join(', ')} (kody ISO 3166, np. PL,UA,DE; Wielka Brytania to GB)`,
      ]);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
