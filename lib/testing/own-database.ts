import type { createMigratedDatabase } from './databases';

// A test file that reads every row of a table or delivers every due message gets a database of
// its own, so that other files' data stay out:
//   vi.mock('@/lib/server/core/db', async () => (await import('@/lib/testing/own-database')).ownDatabase('x'));
//   afterAll(dropOwnDatabase);

let db: Awaited<ReturnType<typeof createMigratedDatabase>> | undefined;

/** lib/server/core/db as the mock gives it: a fresh migrated database named after the file. */
export async function ownDatabase(name: string) {
  const { createMigratedDatabase } = await import('./databases');
  db = await createMigratedDatabase(name);
  return { prisma: db.prisma };
}

export const dropOwnDatabase = () => db?.drop();
