// The integration files run two at a time on one database, and any of them may edit the catalogue:
// every listener on termin_cache then hears it, and this process's copies are emptied. A test that
// checks a copy is still served must know whether someone else's edit came in meanwhile.
import pg from 'pg';
import { CACHE_CHANNEL } from '@/lib/server/catalogue/listen-for-changes';

export type CacheNotices = {
  /** The server process that sent each notification heard so far. */
  heard: number[];
  stop(): Promise<void>;
};

/** Listens on termin_cache from now on, on a connection of its own. */
export async function recordCacheNotices(): Promise<CacheNotices> {
  const heard: number[] = [];
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  client.on('notification', (n) => {
    if (n.channel === CACHE_CHANNEL) heard.push(n.processId);
  });
  await client.query(`LISTEN ${CACHE_CHANNEL}`);
  return { heard, stop: () => client.end() };
}

/**
 * Runs `check` until a run during which nothing was heard on termin_cache (at most five runs), and
 * gives that run's answer: a copy emptied by another file's edit is no failure of the copy.
 */
export async function whileQuiet<T>(notices: CacheNotices, check: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    const before = notices.heard.length;
    const answer = await check();
    await new Promise((r) => setTimeout(r, 100)); // what was sent meanwhile has arrived here too
    if (notices.heard.length === before || tries === 5) return answer;
  }
}
