import { checkDatabase } from '@/lib/server/core/check-database';

export const dynamic = 'force-dynamic';

/**
 * One `SELECT 1` and a tiny JSON: a load balancer's liveness probe, and the benchmarks' reference
 * for what one query through the whole stack costs (docs/benchmarks.md).
 */
export async function GET() {
  const database = await checkDatabase();
  return Response.json({ status: database.ok ? 'ok' : 'degraded' }, { status: database.ok ? 200 : 503 });
}
