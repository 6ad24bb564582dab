import { describe, expect, it } from 'vitest';
import { maskValue } from './corrections';

describe('maskValue', () => {
  it.each([
    ['email', 'jan.kowalski@example.com', 'j***@example.com'],
    ['email', 'a@b.pl', 'a***@b.pl'],
    ['email', 'we@ird@example.com', 'w***@example.com'],
    ['phone', '+48600100200', '***200'],
    ['phone', '+380501234567', '***567'],
    ['applicationNumber', 'ABC123456', '***56'],
    ['applicationNumber', 'ZAC/2026-0042', '***42'],
    ['phone', null, null],
    ['email', '', null],
  ] as const)('%s %s → %s', (field, value, masked) => {
    expect(maskValue(field, value)).toBe(masked);
  });

  it('never shows the part of an address before its domain beyond the first letter', () => {
    const masked = maskValue('email', 'tajny.adres@example.com')!;
    expect(masked).not.toContain('tajny');
    expect(masked).not.toContain('adres@');
  });
});
