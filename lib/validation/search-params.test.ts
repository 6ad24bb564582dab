import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SEARCH, parseSearchParams } from './search-params';

const shape = {
  biuro: SEARCH.slug,
  data: SEARCH.date,
  miesiac: SEARCH.month,
  czas: SEARCH.instant,
  szukaj: SEARCH.text(10),
  eksport: z.enum(['zakres', 'format']),
};

describe('parseSearchParams', () => {
  it.each([
    ['a slug', { biuro: 'wso' }, { biuro: 'wso' }],
    ['the first of a repeated key', { biuro: ['wso', 'usc'] }, { biuro: 'wso' }],
    ['a slug with capitals or a slash is absent', { biuro: 'WSO/../x' }, { biuro: undefined }],
    ['a real day', { data: '2024-02-29' }, { data: '2024-02-29' }],
    ['a day that does not exist is absent', { data: '2023-02-29' }, { data: undefined }],
    ['a month', { miesiac: '2026-12' }, { miesiac: '2026-12' }],
    ['month 13 is absent', { miesiac: '2026-13' }, { miesiac: undefined }],
    ['an instant', { czas: '2026-12-01T09:00:00.000Z' }, { czas: '2026-12-01T09:00:00.000Z' }],
    ['a date is not an instant', { czas: '2026-12-01' }, { czas: undefined }],
    ['text within its limit', { szukaj: 'T-ABC' }, { szukaj: 'T-ABC' }],
    ['text over its limit is absent', { szukaj: 'x'.repeat(11) }, { szukaj: undefined }],
    ['a known code', { eksport: 'zakres' }, { eksport: 'zakres' }],
    ['an inherited property name is not a code', { eksport: 'constructor' }, { eksport: undefined }],
    ['an empty repeated key is absent', { biuro: [] }, { biuro: undefined }],
  ])('%s', (_name, sp, expected) => {
    expect(parseSearchParams(shape, sp)).toMatchObject(expected);
  });

  it('reads only the keys of its shape', () => {
    expect(Object.keys(parseSearchParams({ biuro: SEARCH.slug }, { biuro: 'wso', other: 'x' }))).toEqual([
      'biuro',
    ]);
  });
});
