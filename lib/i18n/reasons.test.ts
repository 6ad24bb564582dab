import { describe, expect, it } from 'vitest';
import { CANCEL_REASONS, type CancelReason } from '@/lib/domain/reasons';
import { blockReasonText, cancelReasonText, liftReasonText } from './reasons';
import { translator } from './translator';

const t = translator('pl');

describe('cancelReasonText', () => {
  // The words Termin stored before it stored codes: the day's list, the export and the e-mails
  // say exactly what they said.
  it.each<[CancelReason, string]>([
    ['BY_RESIDENT', 'odwołana przez mieszkańca'],
    ['NOT_CONFIRMED', 'nie potwierdzono na czas'],
    ['WRONG_CODES', 'pięć błędnych kodów'],
    ['LATE', 'spóźnienie'],
    ['ERASURE_REQUEST', 'usunięcie danych na wniosek mieszkańca'],
    ['AT_REQUEST', 'na prośbę mieszkańca'],
    ['SCHEDULE_CHANGE', 'zmiana harmonogramu'],
  ])('%s without a note: %s', (code, words) => {
    expect(cancelReasonText(t, code, null)).toBe(words);
    expect(cancelReasonText(t, code)).toBe(words);
  });

  it('says the note staff typed, as typed, whatever the code', () => {
    for (const code of CANCEL_REASONS)
      expect(cancelReasonText(t, code, 'wyjazd służbowy, prosi o telefon')).toBe(
        'wyjazd służbowy, prosi o telefon',
      );
  });

  it('an empty note is no note', () => {
    expect(cancelReasonText(t, 'AT_REQUEST', '')).toBe('na prośbę mieszkańca');
  });
});

describe('blockReasonText', () => {
  it.each([
    [1, 90, '1 nieobecność na umówionych wizytach w ciągu 90 dni'],
    [2, 90, '2 nieobecności na umówionych wizytach w ciągu 90 dni'],
    [5, 30, '5 nieobecności na umówionych wizytach w ciągu 30 dni'],
    [22, 1000, '22 nieobecności na umówionych wizytach w ciągu 1000 dni'],
  ])('the rule: %i no-shows in %i days', (count, days, words) => {
    expect(blockReasonText(t, { code: 'NO_SHOWS', count, days })).toBe(words);
  });

  it('a block by hand: the administrator’s note', () => {
    expect(blockReasonText(t, { code: 'MANUAL', note: 'odsprzedaż terminów' })).toBe('odsprzedaż terminów');
  });
});

describe('liftReasonText', () => {
  it('a no-show taken back, or the administrator’s note', () => {
    expect(liftReasonText(t, { code: 'NO_SHOW_UNDONE' })).toBe('cofnięto nieobecność');
    expect(liftReasonText(t, { code: 'MANUAL', note: 'wyjaśniono telefonicznie' })).toBe(
      'wyjaśniono telefonicznie',
    );
  });
});
