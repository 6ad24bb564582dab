// The words of a page: next-intl's getTranslations / useTranslations, with the request's locale
// from i18n/request.ts (next-intl's getLocale / useLocale), said by the process's translator of
// that locale. next-intl's own pair makes a new formatter cache per request, so every request
// parsed again each sentence it said (ICU) and made its Intl formatters anew: a category's
// calendar, with a sentence per day, lost 18 % of its requests per second. The catalogue is the
// same for every request of a locale, and the time zone the office's, so one translator per locale
// serves them all (decision 031).
import { useLocale } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { type Translator, translator } from './translator';

/** In async server components, layouts and generateMetadata. */
export async function getTranslations(): Promise<Translator> {
  return translator(await getLocale());
}

/** In non-async server components. */
export function useTranslations(): Translator {
  return translator(useLocale());
}
