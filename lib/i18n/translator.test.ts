// The translator says plain sentences ({name} parameters only) without intl-messageformat
// (decision 041): for every text of every language, its answer must be intl-messageformat's.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, type Locale } from './catalogue';
import { icuTranslator, translator, withPlainSentences } from './translator';

function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keysOf(v as object, `${prefix}${k}.`),
  );
}

/** The parameter names a text mentions, whatever ICU does with them. */
const namesIn = (text: string) => [...new Set([...text.matchAll(/\{\s*(\w+)/g)].map((m) => m[1]!))];

describe.each(Object.keys(CATALOGUES) as Locale[])('the %s translator', (locale) => {
  const icu = icuTranslator(locale);
  const say = translator(locale) as unknown as (key: string, values?: object) => string;
  const ask = icu as unknown as (key: string, values?: object) => string;
  const keys = keysOf(CATALOGUES[locale]);
  const withParams = keys.filter((k) => namesIn(icu.raw(k as never) as string).length > 0);

  it('says every sentence with parameters as intl-messageformat does, with strings and numbers', () => {
    expect(withParams.length).toBeGreaterThan(20);
    for (const key of withParams) {
      const names = namesIn(icu.raw(key as never) as string);
      for (const value of ['pon., 7 grudnia', 3, 1234.5, '', "{x} <b> 'a'"]) {
        const values = Object.fromEntries(names.map((n) => [n, value]));
        let expected: string;
        try {
          expected = ask(key, values);
        } catch {
          continue; // a text whose parameter must be something else (a tag's function, a date)
        }
        expect(say(key, values), key).toBe(expected);
      }
    }
  });

  it('refuses a missing parameter as before', () => {
    const key = withParams.find((k) => /^[^{}'<>]*\{\w+\}/.test(icu.raw(k as never) as string))!;
    expect(() => say(key, {})).toThrow();
  });

  it('keeps rich text, raw texts and key checks', () => {
    expect(say('site.skipToContent')).toBe(ask('site.skipToContent'));
    const t = translator(locale);
    expect(t.has('site.skipToContent')).toBe(true);
    expect(t.raw('site.skipToContent')).toBe(icu.raw('site.skipToContent'));
    expect(typeof t.rich).toBe('function');
  });
});

describe('withPlainSentences', () => {
  const texts: Record<string, string> = {
    plain: 'Dzień {date}: {state}.',
    plural: '{count, plural, one {# termin} other {# terminów}}',
    quoted: "Napis '{'date'}' {date}",
    rich: 'Zadzwoń: <phone></phone>',
  };
  const calls: string[] = [];
  const icu = Object.assign(
    (key: string, values?: Record<string, unknown>) => {
      calls.push(key);
      return `icu:${key}:${JSON.stringify(values)}`;
    },
    { rich: () => 'rich', markup: () => 'markup', raw: (k: string) => texts[k], has: () => true },
  );
  const say = withPlainSentences(icu as never, (k) => texts[k]) as unknown as typeof icu;

  it('fills a plain sentence itself, and asks intl-messageformat for everything else', () => {
    calls.length = 0;
    expect(say('plain', { date: '7 grudnia', state: 3 })).toBe('Dzień 7 grudnia: 3.');
    expect(calls).toEqual([]);
    say('plural', { count: 2 });
    say('quoted', { date: 'x' });
    say('rich', { phone: 'x' });
    say('plain', { date: new Date(0), state: 'x' }); // not a string or a number
    say('plain', { date: 'x' }); // a parameter missing: intl-messageformat refuses it
    say('missing', { date: 'x' });
    expect(calls).toEqual(['plural', 'quoted', 'rich', 'plain', 'plain', 'missing']);
  });
});
