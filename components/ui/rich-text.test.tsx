import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { rich } from './rich-text';

const html = (node: React.ReactNode) => renderToStaticMarkup(<>{node}</>);

describe('rich', () => {
  it('puts elements into the sentence where the catalogue says', () => {
    expect(html(rich('site.footer.phone', { phone: <b>77 54 11 361</b> }))).toBe(
      'Rezerwacja telefoniczna i pomoc: <b>77 54 11 361</b>',
    );
    expect(html(rich('booking.freeDays.day', { day: <i>środa</i> }, { count: 4 }))).toBe(
      '<i>środa</i> — wolnych godzin: 4',
    );
  });

  it('leaves braces in a parameter as text', () => {
    expect(
      html(rich('email.blocked.until', { endsAt: <b>jutro</b> }, { office: 'WSO {phone}', contacts: 'a' })),
    ).toBe('WSO {phone}: do <b>jutro</b> nie można rezerwować wizyt przez internet, podając: a.');
  });
});
