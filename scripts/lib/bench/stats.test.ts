import { describe, expect, it } from 'vitest';
import { benchAddress } from './load.mjs';
import { formatBytes, formatMs, formatTable, percentile, summarise } from './stats.mjs';

describe('benchmark figures', () => {
  it.each([
    [[], 50, NaN],
    [[7], 95, 7],
    [[1, 2, 3, 4], 50, 2],
    [[4, 3, 2, 1], 75, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
    [[5, 1], 0, 1],
    [[5, 1], 100, 5],
  ])('percentile(%j, %d) is %d, a value that was measured', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('summarises latencies without reordering the input', () => {
    const values = [30, 10, 20];
    expect(summarise(values)).toEqual({ count: 3, p50: 20, p95: 30, p99: 30, max: 30 });
    expect(values).toEqual([30, 10, 20]);
  });

  it.each([
    [0.5, '0.5 ms'],
    [12.4, '12 ms'],
    [1500, '1.5 s'],
    [30_000, '30 s'],
    [NaN, '–'],
  ])('formatMs(%d) is %s', (ms, text) => expect(formatMs(ms)).toBe(text));

  it.each([
    [5 * 1024 * 1024, '5.0 MB'],
    [448 * 1024 * 1024, '448 MB'],
    [2.5 * 1024 ** 3, '2.50 GB'],
    [-3 * 1024 * 1024, '-3.0 MB'],
  ])('formatBytes(%d) is %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  it('pads columns to the widest cell, numbers right and text left', () => {
    const table = formatTable(
      ['route', 'p95'],
      [
        ['/api/health', '8 ms'],
        ['/', '120 ms'],
      ],
    );
    expect(table.split('\n')).toEqual([
      'route        p95',
      '───────────  ──────',
      '/api/health    8 ms',
      '/            120 ms',
    ]);
    expect(formatTable(['a', 'b'], [['x', '1 / 2']], ['left', 'left']).split('\n')[2]).toBe('x  1 / 2');
  });

  it('gives each client index its own address in the benchmarking range 198.18.0.0/15', () => {
    expect(benchAddress(0)).toBe('198.18.0.0');
    expect(benchAddress(258)).toBe('198.18.1.2');
    expect(benchAddress(131_071)).toBe('198.19.255.255');
    expect(() => benchAddress(131_072)).toThrow(RangeError);
  });
});
