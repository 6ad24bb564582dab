// Values a crafted request may carry where a form, a URL or a cookie has a string. Shared by the
// fuzz-style tests of public actions, routes and pages (app/public-input.int.test.ts).

/** [name, value]: each is sent in place of one field at a time. */
export const NASTY_STRINGS: [string, string][] = [
  ['empty', ''],
  ['blanks', ' \t\n '],
  ['huge', 'x'.repeat(200_000)],
  ['NUL byte', 'a\u0000b'],
  ['only NUL', '\u0000'],
  ['control characters', '\u0001\u001b[31m\u007f'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udfff'],
  ['right-to-left override', '\u202eabc@example.com'],
  ['zero-width characters', '\u200b\u200c\u200d\ufeff'],
  ['combining marks', `e${'\u0301'.repeat(5_000)}`],
  ['emoji', '👩🏽‍💻🇵🇱'],
  ['full-width digits', '１２３４５６'],
  ['Arabic-Indic digits', '٠١٢٣٤٥'],
  ['number', '42'],
  ['overflowing number', '1e309'],
  ['negative number', '-1'],
  ['NaN', 'NaN'],
  ['JSON array', '["a","b"]'],
  ['JSON object', '{"$gt":""}'],
  ['expanded year', '+010000-01-01T00:00:00Z'],
  ['two-digit year', '0099-01-01T00:00:00Z'],
  ['year 9999', '9999-12-31T23:59:59Z'],
  ['before 2000', '1999-12-31T23:00:00Z'],
  ['impossible day', '2026-02-30T10:00:00Z'],
  ['month 13', '2026-13'],
  ['bare date', '2026-12-31'],
  ['malformed UUID', '00000000-0000-0000-0000-00000000000g'],
  ['nil UUID', '00000000-0000-0000-0000-000000000000'],
  ['path traversal', '../../etc/passwd'],
  ['token-like', 'A'.repeat(43)],
  ['multi-byte token-like', 'ą'.repeat(43)],
  ['markup', '<script>alert(1)</script>'],
  ['SQL', "' OR 1=1 --"],
  ['percent escapes', '%00%ff%2e%2e'],
];

/** Cookie values beside a real one: forged, truncated, multi-byte signatures of the right length. */
export function nastyCookies(real: string): [string, string][] {
  const [v, t, mac = ''] = real.split('.');
  return [
    ...NASTY_STRINGS,
    ['multi-byte signature of the right length', `${v}.${t}.${'ą'.repeat(mac.length)}`],
    ['signature of the right byte length, wrong', `${v}.${t}.${'A'.repeat(mac.length)}`],
    ['emoji signature', `${v}.${t}.${'😀'.repeat(mac.length / 2)}`],
    ['missing parts', `${v}..${mac}`],
    ['extra parts', `${real}.x`],
    ['other version', `999.${t}.${mac}`],
  ];
}
