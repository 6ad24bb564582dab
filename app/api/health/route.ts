import { checkDatabase, checkOutbox } from '@/lib/server/core/check-database';

export const dynamic = 'force-dynamic';

/**
 * 200 while the database answers (a backlog is reported, not a reason to take the instance out
 * of service), 503 when it does not.
 */
export async function GET() {
  const database = await checkDatabase();
  if (!database.ok) return Response.json({ status: 'degraded', database }, { status: 503 });
  const outbox = await checkOutbox(new Date()).catch(() => null);
  return Response.json({ status: 'ok', database, outbox });
}
