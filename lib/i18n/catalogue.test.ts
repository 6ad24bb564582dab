// The message catalogue against the code that reads it: every key used exists (typecheck says so
// too, for typed calls; this also covers keys in plain strings and templates), every key of the
// catalogue is used, every parameter a text names is known to its plural and brace syntax, and
// the other languages (when added) have Polish's keys.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogue';
import { catalogueKeys, format, t } from './t';

const SOURCES = ['app', 'components', 'lib', 'emails', 'scripts']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
  .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.includes('generated/') && !f.endsWith('messages/pl.ts'));
const code = SOURCES.map((f) => [f, readFileSync(f, 'utf8')] as const);
const keys = new Set(catalogueKeys());

/** Literal keys in code: the first argument of t()/m(), `message:`/`key:` options, 'area.key' strings. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const patterns = [
    /\b(?:t|m|tr)\(\s*'([a-zA-Z]+(?:\.[\w-]+)+)'/g,
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

  it('fills parameters and Polish plurals', () => {
    const text = '{n, plural, one {# wizyta} few {# wizyty} many {# wizyt} other {# wizyty}} w {place}';
    expect(format(text, { n: 1, place: 'WSO' })).toBe('1 wizyta w WSO');
    expect(format(text, { n: 3, place: 'WSO' })).toBe('3 wizyty w WSO');
    expect(format(text, { n: 5, place: 'WSO' })).toBe('5 wizyt w WSO');
    expect(format(text, { n: 22, place: 'WSO' })).toBe('22 wizyty w WSO');
    expect(format('{n, plural, =0 {brak} other {#}}', { n: 0 })).toBe('brak');
    expect(t('errors.SLOT_TAKEN')).toMatch(/zajęty/);
  });

  it('has balanced braces in every text', () => {
    const bad = catalogueKeys().filter((k) => {
      const text = t(k as never, new Proxy({}, { get: () => 1 }) as never);
      return /[{}]/.test(text);
    });
    expect(bad).toEqual([]);
  });

  it('calls the visit\'s code for the ticket machine by one name everywhere: "kod do biletomatu"', () => {
    const texts = catalogueKeys().map((k) => [k, t(k as never, new Proxy({}, { get: () => 1 }) as never)]);
    expect(texts.filter(([, text]) => /automat\w* bilet/i.test(text!)).map(([k]) => k)).toEqual([]);
    const named = texts.filter(([, text]) => /kod\w* do biletomatu/i.test(text!)).map(([k]) => k);
    // The kiosk's keypad, the manage page and the e-mails (confirmation, reminder, moved visit).
    for (const k of [
      'kiosk.keypad.field',
      'manage.confirmed.kioskCode',
      'email.confirmed.kioskCode',
      'email.reminder.kioskCode',
      'changes.email.moved.kiosk',
    ])
      expect(named, k).toContain(k);
  });

  it('gives every other language exactly the keys of Polish', () => {
    for (const locale of Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[])
      expect(new Set(catalogueKeys(locale))).toEqual(keys);
  });
});
