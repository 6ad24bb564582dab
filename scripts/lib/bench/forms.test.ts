import { describe, expect, it } from 'vitest';
import { actionBody, decodeEntities, encodeForm, formBody, formWith, readForms } from './forms.mjs';

// What Next.js renders for a useActionState form without JavaScript: the action's hidden fields
// first, then the form's own.
const PAGE = `<main><form action="/search"><input name="q" value="a"/></form>
<form action="" encType="multipart/form-data" method="POST">
<input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7f00&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
<input type="hidden" name="$ACTION_KEY" value="k&amp;1"/><input type="hidden" name="step" value="book"/>
<input type="email" name="email" value="x@example.com"/><button>Zarezerwuj</button></form></main>`;

const entries = (f: FormData) => [...f.entries()].map(([k, v]) => [k, String(v)]);

describe('forms posted as a browser posts them', () => {
  it('decodes the entities React writes into attributes', () => {
    expect(decodeEntities('&quot;a&quot; &#x27;b&#39; &lt;c&gt; &amp;amp;')).toBe(`"a" 'b' <c> &amp;`);
  });

  it('reads each form with its hidden fields in order, values decoded', () => {
    const forms = readForms(PAGE);
    expect(forms).toHaveLength(2);
    expect(forms[0]?.hidden).toEqual([]);
    expect(forms[1]?.hidden).toEqual([
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', '{"id":"7f00","bound":"$@1"}'],
      ['$ACTION_KEY', 'k&1'],
      ['step', 'book'],
    ]);
  });

  it('finds the form that has a field, hidden or not', () => {
    expect(formWith(PAGE, 'email')?.hidden.map(([k]) => k)).toContain('$ACTION_KEY');
    expect(formWith(PAGE, 'q')?.hidden).toEqual([]);
    expect(formWith(PAGE, 'code')).toBeUndefined();
  });

  it('without JavaScript posts the hidden fields, then what was typed (typed wins)', () => {
    const body = formBody(
      [
        ['$ACTION_KEY', 'k'],
        ['step', 'review'],
      ],
      { step: 'book', email: 'a@b.pl' },
    );
    expect(entries(body)).toEqual([
      ['$ACTION_KEY', 'k'],
      ['step', 'book'],
      ['email', 'a@b.pl'],
    ]);
  });

  it("with JavaScript posts React's reply encoding of [previous state, form]", () => {
    const body = actionBody({ ok: true, message: undefined, note: '$5' }, { step: 'book' });
    expect(entries(body)).toEqual([
      ['_1_step', 'book'],
      ['0', '[{"ok":true,"message":"$undefined","note":"$$5"},"$K1"]'],
    ]);
    expect(entries(actionBody(null, {}))).toEqual([['0', '[null,"$K1"]']]);
  });

  it('encodes a form once as multipart bytes with its boundary', async () => {
    const { body, contentType } = await encodeForm(formBody([], { a: '1' }));
    const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(body.toString()).toContain(`--${boundary}`);
    expect(body.toString()).toContain('name="a"\r\n\r\n1\r\n');
  });
});
