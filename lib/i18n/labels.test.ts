import { describe, expect, it } from 'vitest';
import { CANCEL_REASONS } from '@/lib/domain/reasons';
import { intentLabel, statusLabel } from './labels';

describe('statusLabel', () => {
  it('tells a lateness cancellation from any other', () => {
    expect(statusLabel('CANCELLED', 'LATE')).toBe('Anulowana (spóźnienie)');
    for (const other of CANCEL_REASONS.filter((r) => r !== 'LATE'))
      expect(statusLabel('CANCELLED', other)).toBe('Odwołana');
    expect(statusLabel('CANCELLED')).toBe('Odwołana');
    expect(statusLabel('NO_SHOW')).toBe('Nieobecność');
  });
});

describe('intentLabel', () => {
  it('names what a clerk records', () => {
    expect(intentLabel('cancel-late')).toBe('Anuluj (spóźnienie)');
    expect(intentLabel('check-in')).toBe('Na miejscu');
  });
});
