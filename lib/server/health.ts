import 'server-only';
import { prisma } from './db';

/** Whether the database answers, and which PostgreSQL it is (for `/` and `/api/health`). */
export async function checkDatabase(): Promise<{ ok: true; version: string } | { ok: false }> {
  try {
    const rows = await prisma.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`;
    return { ok: true, version: rows[0]?.v ?? '?' };
  } catch {
    return { ok: false };
  }
}
