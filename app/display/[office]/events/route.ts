import { loadDisplay } from '@/lib/server/live/load-display';
import { streamState } from '@/lib/server/live/stream-state';
import { isSlug } from '@/lib/validation/search-params';

export const dynamic = 'force-dynamic';

/**
 * The waiting-room display's state as server-sent events, sent again after every change in the
 * office's queue (PostgreSQL LISTEN/NOTIFY, so a call made on any app instance arrives here).
 * Ticket numbers and counters only.
 */
export async function GET(req: Request, { params }: { params: Promise<{ office: string }> }) {
  const slug = (await params).office;
  const display = isSlug(slug) ? await loadDisplay(slug) : null;
  if (!display) return new Response('Not found', { status: 404 });
  return streamState(req.signal, display.officeId, async () => (await loadDisplay(slug))?.state ?? null);
}
