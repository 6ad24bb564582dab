import { ConfigError, parseConfig } from '@/lib/validation/config';

/** Refuse to start with a broken configuration, saying exactly what is wrong. */
export function checkConfigAtStartup() {
  try {
    parseConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
