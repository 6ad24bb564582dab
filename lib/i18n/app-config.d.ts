// next-intl's types: keys and their ICU parameters are checked against the Polish catalogue.
import type { pl } from './messages/pl';
import type { Locale } from './catalogue';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof pl;
  }
}
