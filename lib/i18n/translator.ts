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

/** next-intl's own translator of a language, every sentence through intl-messageformat. */
export function icuTranslator(locale: Locale) {
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

function create(locale: Locale) {
  const icu = icuTranslator(locale);
  return withPlainSentences(icu, (key) => {
    try {
      return icu.raw(key as never) as unknown;
    } catch {
      return undefined;
    }
  });
}

/** A sentence split at its parameters: literal, name, literal, name, …, literal. */
type Template = string[];

// Only {name} parameters, and no character ICU gives a meaning to outside them: no apostrophe
// (quoting), no tags (rich text), no plural, select or number and date formats.
const PLAIN = /^(?:[^{}'<>]|\{\w+\})*$/;

/**
 * `icu`, with the sentences that only fill in {name} parameters with strings or numbers said
 * without intl-messageformat. Its answer is the same (a number or a string in a plain parameter
 * is written as String(value)), but each call of `icu` with parameters merges the formats and
 * serialises them to find its cached formatter: about 5 µs, and the calendar says a sentence a
 * day (decision 041). Anything else, a missing parameter included, goes to `icu` as before.
 */
export function withPlainSentences<T extends ReturnType<typeof createTranslator>>(
  icu: T,
  raw: (key: string) => unknown,
): T {
  const templates = new Map<string, Template | null>();
  const templateOf = (key: string): Template | null => {
    let template = templates.get(key);
    if (template === undefined) {
      const message = raw(key);
      template = typeof message === 'string' && PLAIN.test(message) ? message.split(/\{(\w+)\}/) : null;
      templates.set(key, template);
    }
    return template;
  };
  const say = (key: string, values?: Record<string, unknown>, formats?: unknown): string => {
    const template = values && !formats ? templateOf(key) : null;
    if (template) {
      let out = template[0]!;
      for (let i = 1; i < template.length; i += 2) {
        const value = values![template[i]!];
        if (typeof value !== 'string' && typeof value !== 'number') return icu(key as never, values as never);
        out += String(value) + template[i + 1]!;
      }
      return out;
    }
    return icu(key as never, values as never, formats as never);
  };
  return Object.assign(say, {
    rich: icu.rich,
    markup: icu.markup,
    raw: icu.raw,
    has: icu.has,
  }) as unknown as T;
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
