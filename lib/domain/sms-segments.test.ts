import { describe, expect, it } from 'vitest';
import { fitSms, smsCost } from './sms-segments';

describe('smsCost', () => {
  it('fits 160 plain characters in one message, then 153 per part', () => {
    expect(smsCost('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsCost('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(smsCost('a'.repeat(306)).segments).toBe(2);
    expect(smsCost('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the extension characters twice', () => {
    expect(smsCost('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsCost(`${'€'.repeat(80)}a`).segments).toBe(2);
  });

  it('turns the whole text into UCS-2 for one Polish letter: 70 in one, 67 per part', () => {
    expect(smsCost(`ą${'a'.repeat(69)}`)).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(smsCost(`ą${'a'.repeat(70)}`)).toEqual({ encoding: 'UCS-2', units: 71, segments: 2 });
    expect(smsCost(`ł${'a'.repeat(134)}`).segments).toBe(3);
    expect(smsCost(`ł${'a'.repeat(133)}`).segments).toBe(2);
  });
});

describe('fitSms', () => {
  const write = (note: string) => `UM Opole: odwołaliśmy wizytę. Powód: ${note}. Tel. 77 54 11 361.`;

  it('keeps a note that fits as it is', () => {
    expect(fitSms(write, 'wyjazd służbowy', 2)).toBe(write('wyjazd służbowy'));
  });

  it('shortens a long note with an ellipsis, as much as needed and no more', () => {
    const note = 'Mieszkaniec prosił o odwołanie, bo wyjeżdża. '.repeat(12);
    const sms = fitSms(write, note, 3);
    expect(smsCost(sms).segments).toBe(3);
    expect(sms).toMatch(/…\. Tel\. 77 54 11 361\.$/);
    const shown = /Powód: (.*)…/.exec(sms)![1]!;
    expect(note.startsWith(shown)).toBe(true);
    // One character more would not fit.
    expect(smsCost(write(`${note.slice(0, shown.length + 2)}…`)).segments).toBeGreaterThan(3);
  });
});
