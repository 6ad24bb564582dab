import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { decodeAcceptance, encodeAcceptance } from './get-current-regulations';

afterAll(() => prisma.$disconnect());

describe('the regulations acceptance cookie', () => {
  const at = new Date('2026-12-01T08:00:00Z');

  it('carries the accepted version and time', () => {
    expect(decodeAcceptance(encodeAcceptance(3, at), 3)).toEqual({ version: 3, acceptedAt: at });
  });

  it.each([
    ['missing', undefined],
    ['garbage', 'abc'],
    ['forged time', encodeAcceptance(3, at).replace(String(at.getTime()), String(at.getTime() + 1))],
    ['forged signature', `${encodeAcceptance(3, at).slice(0, -2)}xx`],
  ])('refuses a %s cookie', (_what, value) => {
    expect(decodeAcceptance(value, 3)).toBeNull();
  });

  it('asks again after a new version is published', () => {
    expect(decodeAcceptance(encodeAcceptance(3, at), 4)).toBeNull();
  });
});
