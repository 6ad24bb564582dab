// CSV for spreadsheets used in the office (Excel with Polish settings): semicolons, CRLF, a
// UTF-8 byte-order mark so Polish letters survive, every field quoted when needed.

const NEEDS_QUOTES = /[";\r\n]/;
// A cell starting like a formula is run by spreadsheets (CSV injection): keep it text.
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
