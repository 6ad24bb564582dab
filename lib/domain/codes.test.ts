import { describe, expect, it } from 'vitest';
import { REFERENCE_ALPHABET, formatConfirmationCode, formatKioskCode, formatReference } from './codes';

const bytes = (...n: number[]) => Uint8Array.from(n);

describe('codes', () => {
  it.each([
    [bytes(0, 1, 2, 3, 4, 5), 'W-ACDEFG'],
    [bytes(24, 25, 49, 255, 100, 7), 'C-9A9GAJ'],
  ])('reference from %s', (b, expected) => {
    expect(formatReference(expected[0]!, b)).toBe(expected);
  });

  it('uses no look-alike characters', () => {
    expect(REFERENCE_ALPHABET).not.toMatch(/[0O1IL5S2Z8B]/);
  });

  it.each([
    [formatKioskCode(bytes(0, 1, 2, 3, 4, 5, 6, 255)), /^\d{8}$/],
    [formatConfirmationCode(bytes(9, 19, 29, 39, 49, 59)), /^999999$/],
  ])('digit codes %s', (code, re) => {
    expect(code).toMatch(re);
  });

  it('refuses too few random bytes', () => {
    expect(() => formatKioskCode(bytes(1, 2))).toThrow(RangeError);
  });
});
