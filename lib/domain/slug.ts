// Slugs of new catalogue rows (matters, matters handled without booking), made from their names:
// the part of a URL that names them, so ASCII, lower case, words joined by "-".

const MAX = 60;

/** "Wydanie wtórnika prawa jazdy" → "wydanie-wtornika-prawa-jazdy"; never empty. */
export function slugify(name: string): string {
  const slug = name
    .replace(/\u0141/g, 'L') // Ł has no combining form to strip
    .replace(/\u0142/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX)
    .replace(/^-+|-+$/g, '');
  return slug || 'sprawa';
}

/** The first of slug, slug-2, slug-3, … that `taken` does not hold. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** A new row's slug (from its name, unique among its siblings) and its place: after the last. */
export function placeOfNew(
  name: string,
  siblings: readonly { slug: string; sortOrder: number }[],
): { slug: string; sortOrder: number } {
  return {
    slug: uniqueSlug(slugify(name), new Set(siblings.map((s) => s.slug))),
    sortOrder: Math.max(0, ...siblings.map((s) => s.sortOrder)) + 1,
  };
}
