import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type WholeNumberRefusal, wholeNumber } from './whole-number';

const MAX = 730;
const schema = wholeNumber(MAX, (why) => ({ message: 'validation.blocks.number', params: { why } }));
/** What it stands in for: zod's own checks, each message naming the refusal. */
const zods = z.coerce.number({ message: 'number' }).int('integer').min(1, 'atLeastOne').max(MAX, 'atMost');

const refusals = (v: unknown): unknown[] | number => {
  const r = schema.safeParse(v);
  return r.success ? r.data : r.error.issues.map((i) => (i.code === 'custom' ? i.params?.why : i.code));
};

describe('wholeNumber', () => {
  it.each<[unknown, WholeNumberRefusal[] | number]>([
    ['1', 1],
    ['730', 730],
    [' 12 ', 12],
    ['abc', ['number']],
    [undefined, ['number']],
    ['Infinity', ['number']],
    ['', ['atLeastOne']],
    ['0', ['atLeastOne']],
    ['-3', ['atLeastOne']],
    ['2.5', ['integer']],
    ['731', ['atMost']],
    ['1e20', ['integer', 'atMost']],
    ['-1e20', ['integer', 'atLeastOne']],
  ])('%j → %j, as zod’s own checks say it', (input, expected) => {
    expect(refusals(input)).toEqual(expected);
    const z4 = zods.safeParse(input);
    expect(z4.success ? z4.data : z4.error.issues.map((i) => i.message)).toEqual(expected);
  });
});
