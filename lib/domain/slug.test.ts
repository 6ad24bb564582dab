import { describe, expect, it } from 'vitest';
import { placeOfNew, slugify, uniqueSlug } from './slug';

describe('slugify', () => {
  it.each([
    ['Wydanie wtórnika prawa jazdy', 'wydanie-wtornika-prawa-jazdy'],
    [
      'Złożenie wniosku (względnie wraz ze zgłoszeniem utraty)',
      'zlozenie-wniosku-wzglednie-wraz-ze-zgloszeniem-utraty',
    ],
    ['ŁÓDŹ, Żółć — ąęśćń', 'lodz-zolc-aescn'],
    ['  --  ', 'sprawa'],
    ['\u0000<script>', 'script'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(/^[a-z0-9][a-z0-9-]{0,99}$/);
  });

  it('never ends on a dash after cutting', () => {
    expect(slugify(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });
});

describe('uniqueSlug', () => {
  it('numbers a slug already taken', () => {
    expect(uniqueSlug('wymiana', new Set())).toBe('wymiana');
    expect(uniqueSlug('wymiana', new Set(['wymiana', 'wymiana-2']))).toBe('wymiana-3');
  });
});

describe('placeOfNew', () => {
  it('puts a new row last, under a slug its siblings do not use', () => {
    expect(placeOfNew('Wymiana', [])).toEqual({ slug: 'wymiana', sortOrder: 1 });
    expect(
      placeOfNew('Wymiana', [
        { slug: 'wymiana', sortOrder: 7 },
        { slug: 'wtornik', sortOrder: 3 },
      ]),
    ).toEqual({ slug: 'wymiana-2', sortOrder: 8 });
  });
});
