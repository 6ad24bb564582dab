// Sentences a client component completes in the browser with a value only the browser knows (a
// number typed into a form, a count from a live stream). The server says each sentence with a mark
// where the value goes; the browser puts the value there. So no catalogue and no message parser
// reach the browser, and the words stay the catalogue's, said by next-intl on the server.

/** Where the value goes: `phrase = t('display.counter', { counter: MARK })` on the server. */
export const MARK = '\uE000';

/** A sentence with one place (MARK) for a value. */
export type Phrase = string;

/** The phrase with its value: fill(phrase, 3) → "stanowisko 3". */
export function fill(phrase: Phrase, value: string | number): string {
  return phrase.replace(MARK, () => String(value));
}

/**
 * A plural sentence in each of its forms: what the server said for 0 (an `=0` form, if any), and
 * for one number of each plural category of the language, with MARK where the number stands.
 */
export type PluralPhrase = { locale: string; zero: string; forms: Partial<Record<string, Phrase>> };

/** One number of each plural category ("one" → 1, "few" → 2, "many" → 5, "other" → 0.5 in Polish). */
function samples(locale: string): Map<string, number> {
  const rules = new Intl.PluralRules(locale);
  const out = new Map<string, number>();
  const candidates = [
    ...Array.from({ length: 200 }, (_, i) => i + 1),
    ...Array.from({ length: 20 }, (_, i) => i + 0.5),
  ];
  for (const n of candidates) {
    const category = rules.select(n);
    if (!out.has(category)) out.set(category, n);
  }
  return out;
}

/**
 * Said on the server: `pluralPhrase((count) => t('display.waitingCount', { count }))`. A form
 * that names its number more than once (or a number that appears elsewhere in it) cannot be
 * marked: a bug the tests catch.
 */
export function pluralPhrase(say: (n: number) => string, locale = 'pl'): PluralPhrase {
  const number = new Intl.NumberFormat(locale);
  const forms: Record<string, Phrase> = {};
  for (const [category, n] of samples(locale)) {
    const parts = say(n).split(number.format(n));
    if (parts.length > 2) throw new Error(`The number ${n} appears more than once in "${say(n)}"`);
    forms[category] = parts.join(MARK);
  }
  return { locale, zero: say(0), forms };
}

/** The plural sentence for `n`, as the server would have said it. */
export function fillPlural(phrase: PluralPhrase, n: number): string {
  if (n === 0) return phrase.zero;
  const form = phrase.forms[new Intl.PluralRules(phrase.locale).select(n)] ?? phrase.forms.other ?? '';
  return fill(form, new Intl.NumberFormat(phrase.locale).format(n));
}
