import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['zwykły tekst', 'zwykły tekst'],
    ['a;b', '"a;b"'],
    ['cytat "x"', '"cytat ""x"""'],
    ['dwie\nlinie', '"dwie\nlinie"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+48 600', "'+48 600"],
    ['-1', "'-1"],
    ['@SUM', "'@SUM"],
    [42, '42'],
    [-3, '-3'],
    [null, ''],
    [undefined, ''],
  ])('%j → %s', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['ż', 1]])).toBe('\uFEFFa;b\r\nż;1\r\n');
  });
});
