import { Fragment, type ReactNode } from 'react';
import type { MessageKey, MessageParams } from '@/lib/i18n/catalogue';
import { t } from '@/lib/i18n/t';

// Marks where an element goes; no text a person types contains it, so braces in a parameter stay text.
const MARK = '\u0000';

/**
 * A catalogue sentence with elements in some of its places: `rich('x', { phone: <PhoneLink … /> })`
 * for 'Zadzwoń: {phone}.'. The words around the element stay in the catalogue, in one piece.
 */
export function rich(key: MessageKey, nodes: Record<string, ReactNode>, params?: MessageParams): ReactNode[] {
  const marks = Object.fromEntries(Object.keys(nodes).map((name) => [name, `${MARK}${name}${MARK}`]));
  return t(key, { ...params, ...marks })
    .split(new RegExp(`${MARK}(\\w+)${MARK}`))
    .map((part, i) => (i % 2 ? <Fragment key={i}>{nodes[part]}</Fragment> : part));
}
