// Guard of the message catalogue: Polish text is written only in lib/i18n/messages/ (and in
// prisma/ seed data, the e-mail templates' default props — sample data for previews —, tests and
// developer scripts, which this does not scan). A sentence with a Polish letter anywhere else in
// app/, components/, emails/ or lib/ fails here, so it cannot creep back. Comments may be in any
// language; a value stored in the database (not shown as a sentence) carries `i18n-exempt` on its
// line. Sentences without a Polish letter are the reviewer's to catch; the catalogue test catches
// keys.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const POLISH = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„”]/;

const files = ['app', 'components', 'emails', 'lib']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
  .filter(
    (f) =>
      /\.(ts|tsx)$/.test(f) &&
      !/\.test\.tsx?$/.test(f) &&
      !f.startsWith('lib/i18n/messages/') &&
      !f.startsWith('lib/generated/') &&
      !f.startsWith('lib/testing/'),
  );

/** The code without its comments (block, JSDoc and line comments), line numbers kept. */
export function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[\s;,(){}])\/\/.*$/gm, '$1');
}

describe('Polish text', () => {
  it('is written only in the message catalogue', () => {
    const found: string[] = [];
    for (const f of files) {
      const raw = readFileSync(f, 'utf8').split('\n');
      const lines = withoutComments(raw.join('\n')).split('\n');
      lines.forEach((line, i) => {
        if (!POLISH.test(line) || raw[i]!.includes('i18n-exempt')) return;
        // An e-mail template's default prop ("officeName = 'Centrum Usług Publicznych',"): preview data.
        if (f.startsWith('emails/') && /^\s+\w+ = ['`].*['`],$/.test(line)) return;
        found.push(`${f}:${i + 1}: ${line.trim().slice(0, 80)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('sees through comments but not through strings', () => {
    expect(POLISH.test(withoutComments('// zażółć\n/* gęślą */\nconst x = 1; // jaźń'))).toBe(false);
    expect(POLISH.test(withoutComments("const url = 'https://x.pl/żółw';"))).toBe(true);
    expect(POLISH.test(withoutComments('<p>Wizyta zakończona</p>'))).toBe(true);
  });
});
