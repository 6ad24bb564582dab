// Words outside a React render (e-mails, SMS, .ics, zod messages, use cases, background jobs):
// next-intl's createTranslator over the same catalogue that i18n/request.ts gives the pages,
// imported from use-intl/core, next-intl's React-free part (the seed runs under the react-server
// condition, where next-intl's entry needs React's client hooks). Pages and layouts use
// getTranslations / useTranslations instead, so they follow the request.
import { createTranslator } from 'use-intl/core';
import { OFFICE_TZ } from '@/lib/domain/time';
import {
  CATALOGUES,
  DEFAULT_LOCALE,
  type Locale,
  type Message,
  type MessageKey,
  type MessageParams,
} from './catalogue';

function create(locale: Locale) {
  return createTranslator({
    locale,
    messages: CATALOGUES[locale],
    timeZone: OFFICE_TZ,
    // A missing key or parameter is a bug the type check and catalogue tests catch; at run time
    // it must never reach a resident as a half-filled sentence.
    onError: (error) => {
      throw error;
    },
  });
}

/** Also the type of a page's getTranslations() and useTranslations(): helpers take either. */
export type Translator = ReturnType<typeof create>;

const translators = new Map<Locale, Translator>();

/** The translator of a language (Polish unless told), made once per process. */
export function translator(locale: Locale = DEFAULT_LOCALE): Translator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = create(locale)));
  return t;
}

/**
 * A Message in words: a key and parameters chosen at run time (a use case's refusal, a zod
 * issue), checked where the Message was made, said by the same `t` as every other sentence.
 */
export function sayMessage(t: Translator, message: Message): string {
  return (t as unknown as (key: MessageKey, params?: MessageParams) => string)(message.key, message.params);
}
