import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { type Tx, prisma } from '@/lib/server/core/db';
import { dropCatalogueCaches } from './catalogue-cache';
import { CACHE_CHANNEL } from './listen-for-changes';

/**
 * Runs one catalogue edit (offices, categories, matters, regulations, notices: what public pages
 * read from createCatalogueCache) in a transaction that also announces it on CACHE_CHANNEL: PostgreSQL
 * delivers the notification to every instance exactly when the edit commits (never for one rolled
 * back). This instance forgets its copies at once, before the action answers.
 */
export async function changeCatalogue<T>(edit: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await prisma.$transaction(async (tx) => {
    const out = await edit(tx);
    await tx.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, 'catalogue')`;
    return out;
  });
  dropCatalogueCaches();
  return result;
}

/** The fields whose value changes, before and after (for the audit log), or null when none does. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } | null {
  const keys = (Object.keys(after) as (keyof T)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (!keys.length) return null;
  const pick = (o: T) => Object.fromEntries(keys.map((k) => [k, o[k]])) as Partial<T>;
  return { before: pick(before), after: pick(after) };
}

/** The database refused a row because a unique index already holds its value. */
export const isUniqueViolation = (e: unknown) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/** Holds the category's row until the transaction ends: its matters change one at a time. */
export async function lockCategory(tx: Tx, categoryId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "ServiceCategory" WHERE id = ${categoryId}::uuid FOR UPDATE`;
}
