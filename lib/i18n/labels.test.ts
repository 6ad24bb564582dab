import { describe, expect, it } from 'vitest';
import { intentLabel, statusLabel } from './labels';

describe('statusLabel', () => {
  it('tells a lateness cancellation from any other', () => {
    expect(statusLabel('CANCELLED', 'spóźnienie')).toBe('Anulowana (spóźnienie)');
    expect(statusLabel('CANCELLED', 'odwołana przez mieszkańca')).toBe('Odwołana');
    expect(statusLabel('NO_SHOW')).toBe('Nieobecność');
  });
});

describe('intentLabel', () => {
  it('names what a clerk records', () => {
    expect(intentLabel('cancel-late')).toBe('Anuluj (spóźnienie)');
    expect(intentLabel('check-in')).toBe('Na miejscu');
  });
});
