import { ConfigError, parseConfig } from '@/lib/validation/config';

const NO_PEER_WARNING =
  '[termin] TRUSTED_PROXY_HOPS=0, a serwer nie został uruchomiony przez npm start (scripts/server.mjs): adres klienta jest nieznany, więc wszyscy dzielą jeden limit rezerwacji i logowań.';

/** Refuse to start with a broken configuration, saying exactly what is wrong. */
export function checkConfigAtStartup() {
  try {
    const config = parseConfig(process.env);
    // With no proxy in front, only scripts/server.mjs can tell the client address: under plain
    // `next start`/`next dev` every client shares one limit (safe, but tight for many people).
    if (
      config.trustedProxyHops === 0 &&
      !process.env.TERMIN_PEER_HEADER &&
      process.env.NEXT_PHASE !== 'phase-production-build'
    )
      console.warn(NO_PEER_WARNING);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
