// Puts a catalogue key into words: t(key, { phone: '77 54 11 361' }) fills `{phone}`.
// Parameters follow ICU's simple forms: `{name}`, and `{n, plural, one {…} few {…} many {…}
// other {…}}` with `#` for the number (Polish has one/few/many; Intl.PluralRules chooses).
import {
  CATALOGUES,
  type Catalogue,
  DEFAULT_LOCALE,
  type Locale,
  type Message,
  type MessageKey,
  type MessageParams,
} from './catalogue';

const lookups = new Map<Locale, Map<string, string>>();

function flatten(node: unknown, prefix: string, out: Map<string, string>) {
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else flatten(v, `${prefix}${k}.`, out);
  }
}

function lookup(locale: Locale): Map<string, string> {
  let map = lookups.get(locale);
  if (!map) {
    map = new Map();
    flatten(CATALOGUES[locale] as Catalogue, '', map);
    lookups.set(locale, map);
  }
  return map;
}

/** Every key of a language's catalogue (tests, the key check). */
export function catalogueKeys(locale: Locale = DEFAULT_LOCALE): string[] {
  return [...lookup(locale).keys()];
}

export function isMessageKey(s: string, locale: Locale = DEFAULT_LOCALE): s is MessageKey {
  return lookup(locale).has(s);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralOf(locale: Locale, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/** Finds the `}` that closes the `{` at `open`, counting nested braces. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function plural(body: string, n: number, locale: Locale): string {
  const forms = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const end = closing(body, open);
    if (end < 0) break;
    forms.set(body.slice(i, open).trim(), body.slice(open + 1, end));
    i = end + 1;
  }
  const form = forms.get(`=${n}`) ?? forms.get(pluralOf(locale, n)) ?? forms.get('other') ?? '';
  return form.replaceAll('#', new Intl.NumberFormat(locale).format(n));
}

/** Fills a catalogue text's parameters (exported for tests). */
export function format(text: string, params: MessageParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const end = closing(text, open);
    if (end < 0) break;
    out += text.slice(i, open);
    const inner = text.slice(open + 1, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const value = params[name];
    if (comma >= 0 && /^\s*plural\s*,/.test(inner.slice(comma + 1))) {
      const body = inner.slice(comma + 1).replace(/^\s*plural\s*,/, '');
      out += plural(body, Number(value ?? 0), locale);
    } else {
      out += value === undefined ? `{${name}}` : String(value);
    }
    i = end + 1;
  }
  return out + text.slice(i);
}

/** The sentence for a key, with its parameters filled in. */
export function t(key: MessageKey, params?: MessageParams, locale: Locale = DEFAULT_LOCALE): string {
  const text = lookup(locale).get(key) ?? lookup(DEFAULT_LOCALE).get(key);
  if (text === undefined) throw new Error(`No message for key "${key}"`);
  return format(text, params, locale);
}

/** A Message (key and parameters) in words. */
export function say(message: Message, locale: Locale = DEFAULT_LOCALE): string {
  return t(message.key, message.params, locale);
}
