// The message catalogues by language, and the types of their keys and of a Message.
import { pl } from './messages/pl';

/** A catalogue with Polish's shape: every other language's file is typed `satisfies Catalogue`. */
type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Catalogue = Shape<typeof pl>;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the catalogue, e.g. 'booking.slotTaken'. Using a key the catalogue lacks fails typecheck. */
export type MessageKey = Leaves<typeof pl>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** A sentence not yet put into words: a key and its parameters, as use cases hand them to the edge. */
export type Message = { key: MessageKey; params?: MessageParams };

export const CATALOGUES = { pl } satisfies Record<string, Catalogue>;
export type Locale = keyof typeof CATALOGUES;
export const DEFAULT_LOCALE: Locale = 'pl';

/** Whether a stored language (Booking.language) is one Termin has words for. */
export const isLocale = (language: string): language is Locale => Object.hasOwn(CATALOGUES, language);
