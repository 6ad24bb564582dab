import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { MARK, fill, fillPlural, pluralPhrase } from './phrase';

const t = translator();
const NUMBERS = [...Array.from({ length: 250 }, (_, i) => i), 1001, 1002, 1005, 12345, 1_000_000];

describe('phrase', () => {
  it('puts the value where the server marked it', () => {
    expect(fill(t('display.counter', { counter: MARK }), 7)).toBe(t('display.counter', { counter: '7' }));
    expect(fill(t('ticket.where', { area: MARK }), 'hol $& $1')).toBe('Poczekaj: hol $& $1.');
  });

  it('says a plural sentence in the browser exactly as the server would', () => {
    const ahead = pluralPhrase((count) => t('ticket.ahead', { count }));
    const waiting = pluralPhrase((count) => t('display.waitingCount', { count }));
    for (const n of NUMBERS) {
      expect(fillPlural(ahead, n)).toBe(t('ticket.ahead', { count: n }));
      expect(fillPlural(waiting, n)).toBe(t('display.waitingCount', { count: n }));
    }
    expect(fillPlural(ahead, 0)).toBe('Twój bilet jest następny w kolejce.');
    expect(fillPlural(waiting, 22)).toBe('22 osoby');
  });

  it('refuses a form that names its number twice', () => {
    expect(() => pluralPhrase((n) => `${n} z ${n}`)).toThrow();
  });
});
