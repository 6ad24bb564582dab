import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WithIntl } from '@/lib/testing/intl';
import { PhoneLinks } from './phone-link';

// A server component's useTranslations, given the catalogue as a request would give it.
const html = (node: React.ReactNode) => renderToStaticMarkup(<WithIntl>{node}</WithIntl>);

describe('PhoneLinks', () => {
  it('makes each number a link that dials it, joined in words', () => {
    expect(html(<PhoneLinks phones={['77 54 11 359', '77 54 11 382']} className="x" />)).toBe(
      '<a class="x" href="tel:+48775411359">77 54 11 359</a> i <a class="x" href="tel:+48775411382">77 54 11 382</a>',
    );
  });
});
