// next-intl's request configuration (found by the plugin in next.config.ts): the language and
// catalogue of a request. Polish only for now, and no language in URLs; the languages issue
// chooses the locale here.
import { getRequestConfig } from 'next-intl/server';
import { CATALOGUES, DEFAULT_LOCALE } from '@/lib/i18n/catalogue';
import { OFFICE_TZ } from '@/lib/domain/time';

export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  messages: CATALOGUES[DEFAULT_LOCALE],
  timeZone: OFFICE_TZ,
}));
