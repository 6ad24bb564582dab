// The message catalogue against the code that reads it. The type check already refuses a typed
// call with an unknown key or wrong parameters; this also covers keys in plain strings and
// templates, keys nobody uses, the ICU syntax of every text (parsed as next-intl parses it),
// the parameters written next to a key where the type check cannot see them (a Message's
// `params`), Polish plurals, and the other languages (when added) having Polish's keys.
import { readFileSync, readdirSync } from 'node:fs';
import { type MessageFormatElement, TYPE, parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, type Locale } from './catalogue';
import { translator } from './translator';

const SOURCES = ['app', 'components', 'lib', 'emails', 'scripts', 'i18n']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
  .filter(
    (f) => /\.(ts|tsx|mjs)$/.test(f) && !f.includes('generated/') && !f.startsWith('lib/i18n/messages/'),
  );
const code = SOURCES.map((f) => [f, readFileSync(f, 'utf8')] as const);

/** Every key and text of a language's catalogue, flattened: 'booking.slotTaken' → its text. */
function textsOf(locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: object, prefix: string) => {
    for (const [k, v] of Object.entries(node))
      if (typeof v === 'string') out.set(prefix + k, v);
      else walk(v as object, `${prefix}${k}.`);
  };
  walk(CATALOGUES[locale], '');
  return out;
}
const texts = textsOf('pl');
const keys = new Set(texts.keys());

/** The argument names of a parsed text (plural branches too), and its tags. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time)
      out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, out);
    }
    if (e.type === TYPE.tag) {
      out.add(e.value);
      argumentsOf(e.children, out);
    }
  }
  return out;
}

/** Literal keys in code: the first argument of t()/t.rich()/t.has()/m(), `message:`/`key:` options. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const patterns = [
    /\b(?:t|m|tr)(?:\.(?:rich|has|markup))?\(\s*'([a-zA-Z]+(?:\.[\w-]+)+)'/g,
    /\b(?:message|key|invalid|done|failed|label|title)\s*:\s*'([a-zA-Z]+(?:\.[\w-]+)+)'/g,
  ];
  for (const [file, text] of code)
    for (const p of patterns) for (const m of text.matchAll(p)) if (!used.has(m[1]!)) used.set(m[1]!, file);
  return used;
}

/** Prefixes of keys built at run time: t(`visits.status.${s}`) uses every key under visits.status. */
function dynamicPrefixes(): string[] {
  const out: string[] = [];
  for (const [, text] of code)
    for (const m of text.matchAll(/`([a-zA-Z]+(?:\.[\w-]+)*\.)\$\{/g)) out.push(m[1]!);
  return out;
}

/** The property names of an object literal's first level: `{ a, b: 1, c: f(x) }` → a, b, c. */
function propertyNames(literal: string): string[] {
  let depth = 0;
  let top = '';
  for (const ch of literal.slice(1, -1)) {
    if ('{[('.includes(ch)) depth++;
    else if ('}])'.includes(ch)) depth--;
    else if (depth === 0) top += ch;
  }
  return top
    .split(',')
    .map((part) => /^\s*(?:\.\.\.)?\s*([A-Za-z_]\w*)/.exec(part)?.[1])
    .filter((n): n is string => n !== undefined && !/^\s*\.\.\./.test(n));
}

/** The object literal that starts at `from` (its braces balanced), or undefined. */
function literalAt(text: string, from: number): string | undefined {
  if (text[from] !== '{') return undefined;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(from, i + 1);
  }
  return undefined;
}

describe('message catalogue', () => {
  it('has every key the code uses', () => {
    const missing = [...usedKeys()].filter(
      ([k]) => !keys.has(k) && /^[a-z]/.test(k) && k.split('.')[0]! in CATALOGUES.pl,
    );
    expect(missing.map(([k, f]) => `${k} (${f})`)).toEqual([]);
  });

  it('keeps no key nobody uses', () => {
    const used = usedKeys();
    const prefixes = dynamicPrefixes();
    const codes = new Set(
      code.flatMap(([, text]) => [...text.matchAll(/AppError\(\s*'(\w+)'/g)].map((m) => m[1]!)),
    );
    const unused = [...keys].filter(
      (k) =>
        !used.has(k) &&
        !prefixes.some((p) => k.startsWith(p)) &&
        !(k.startsWith('errors.') && codes.has(k.slice('errors.'.length))) &&
        !code.some(([, text]) => text.includes(`'${k}'`) || text.includes(`"${k}"`)),
    );
    expect(unused).toEqual([]);
  });

  it('parses every text as next-intl does: braces balanced, plurals and tags well formed', () => {
    const bad: string[] = [];
    for (const [k, text] of texts)
      try {
        parse(text);
      } catch (e) {
        bad.push(`${k}: ${(e as Error).message}`);
      }
    expect(bad).toEqual([]);
  });

  // A counted noun has all four Polish forms ("1 osoba, 3 osoby, 5 osób"); a phrase such as
  // "po 1 dniu / po 5 dniach" or a heading has two.
  it('gives every plural the form other, and few with many', () => {
    const bad: string[] = [];
    const check = (k: string, elements: MessageFormatElement[]) => {
      for (const e of elements)
        if (e.type === TYPE.plural) {
          const forms = Object.keys(e.options);
          if (!forms.includes('other') || forms.includes('few') !== forms.includes('many'))
            bad.push(`${k}: ${forms}`);
          for (const o of Object.values(e.options)) check(k, o.value);
        }
    };
    for (const [k, text] of texts) check(k, parse(text));
    expect(bad).toEqual([]);
  });

  it('names the parameters of a sentence where it is used with them, and no others', () => {
    const bad: string[] = [];
    let checked = 0;
    // t('key', { … }) and a Message's { key: 'key', params: { … } }, written out in the code.
    const uses = [
      /\bt(?:\.rich|\.markup)?\(\s*'([a-zA-Z]+(?:\.[\w-]+)+)',\s*(?=\{)/g,
      /\bkey:\s*'([a-zA-Z]+(?:\.[\w-]+)+)',\s*params:\s*(?=\{)/g,
    ];
    for (const [file, text] of code)
      for (const p of uses)
        for (const m of text.matchAll(p)) {
          const sentence = texts.get(m[1]!);
          const literal = literalAt(text, m.index + m[0].length);
          if (sentence === undefined || literal === undefined || literal.includes('...')) continue;
          const wanted = [...argumentsOf(parse(sentence))].sort();
          const given = propertyNames(literal).sort();
          checked++;
          if (wanted.join() !== given.join()) bad.push(`${m[1]} (${file}): {${given}} for {${wanted}}`);
        }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('fills parameters and Polish plurals as before', () => {
    const t = translator();
    expect(t('kiosk.ticket.aheadCount', { count: 0 })).toBe('nikt');
    expect(t('kiosk.ticket.aheadCount', { count: 1 })).toBe('1 osoba');
    expect(t('kiosk.ticket.aheadCount', { count: 3 })).toBe('3 osoby');
    expect(t('kiosk.ticket.aheadCount', { count: 5 })).toBe('5 osób');
    expect(t('kiosk.ticket.aheadCount', { count: 22 })).toBe('22 osoby');
    expect(t('common.dateTime', { date: 'środa, 2 grudnia 2026', time: '08:15' })).toBe(
      'środa, 2 grudnia 2026, 08:15',
    );
    expect(t('errors.SLOT_TAKEN')).toMatch(/zajęty/);
  });

  it('calls the visit\'s code for the ticket machine by one name everywhere: "kod do biletomatu"', () => {
    const all = [...texts];
    expect(all.filter(([, text]) => /automat\w* bilet/i.test(text)).map(([k]) => k)).toEqual([]);
    const named = all.filter(([, text]) => /kod\w* do biletomatu/i.test(text)).map(([k]) => k);
    // The kiosk's keypad, the manage page and the e-mails (confirmation, reminder, a moved visit).
    for (const k of [
      'kiosk.keypad.field',
      'manage.confirmed.kioskCode',
      'email.confirmed.kioskCode',
      'email.reminder.kioskCode',
      'told.kioskCode',
    ])
      expect(named, k).toContain(k);
  });

  it('gives every other language exactly the keys of Polish', () => {
    for (const locale of Object.keys(CATALOGUES) as Locale[])
      expect(new Set(textsOf(locale).keys())).toEqual(keys);
  });
});
