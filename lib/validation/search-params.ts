import { z } from 'zod';
import { isCalendarDate } from '@/lib/domain/time';

/** What Next.js hands a page: a key may be missing, given once, or repeated. */
export type SearchParams = Record<string, string | string[] | undefined>;

type Shape = Record<string, z.ZodType>;
type Parsed<S extends Shape> = { [K in keyof S]: z.output<S[K]> | undefined };

/**
 * The one reader of a page's search parameters. Each key is read once (its first value when the
 * URL repeats it, as FormData#get reads a form) and parsed on its own: a value its schema refuses
 * counts as absent, so the page falls back to its default instead of failing; keys the shape
 * does not name are ignored. A page that must not guess (an unknown office) decides that itself.
 */
export function parseSearchParams<S extends Shape>(shape: S, sp: SearchParams): Parsed<S> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const raw = sp[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    const parsed = value === undefined ? undefined : schema.safeParse(value);
    out[key] = parsed?.success ? parsed.data : undefined;
  }
  return out as Parsed<S>;
}

/** What catalogue slugs look like (offices, categories, matters). */
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
export const isSlug = (s: string) => SLUG.test(s);

/** The fields routes carry: a catalogue slug, a calendar day, a month, an instant, a short text. */
export const SEARCH = {
  slug: z.string().regex(SLUG),
  date: z.string().refine(isCalendarDate),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** An instant as the pages write it (toISOString), kept as the string. */
  instant: z.iso.datetime({ offset: true }),
  text: (max: number) => z.string().max(max),
  /** A flag that is either present with this one value, or absent. */
  flag: (value: string) => z.literal(value),
} as const;

/** The manage page after "Zmień termin": whether the day changed (a new identifier) or the hour. */
export const RESCHEDULED = { zmieniono: z.enum(['dzien', 'godzina']) };
