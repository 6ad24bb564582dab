import type { ReactElement } from 'react';

/**
 * An element in a plain `{x}` place of a sentence, for t.rich:
 * `t.rich('site.footer.phone', { phone: inSentence(<PhoneLinks key="phone" … />) })`. next-intl
 * puts the element where the catalogue says (the rest of the sentence stays one piece of text),
 * but types a plain parameter as a string; this says so once. The key keeps React quiet about
 * the list t.rich returns. A plain t() given an element throws (translator.ts's onError).
 */
export function inSentence(node: ReactElement): string {
  return node as unknown as string;
}
