// Dropping a throwaway database, also as a role that is not a superuser (CI's PostgreSQL 15 stage).
// DROP DATABASE … WITH (FORCE) ends the sessions still connected, but it refuses (42501) when one of
// them is an autovacuum worker and the role is not a superuser, and a freshly migrated database
// often has one. Plain DROP DATABASE asks autovacuum workers to stop and waits for them, so after
// that refusal it is the one that works.

/**
 * @param {(sql: string) => Promise<unknown>} query  runs SQL on a connection to another database
 * @param {string} name
 */
export async function dropDatabase(query, name) {
  try {
    await query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } catch (error) {
    if (/** @type {{ code?: unknown }} */ (error)?.code !== '42501') throw error;
    await query(`DROP DATABASE IF EXISTS "${name}"`);
  }
}
