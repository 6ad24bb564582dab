import { loadLiveTicket } from '@/lib/server/live/load-live-ticket';
import { streamState } from '@/lib/server/live/stream-state';

export const dynamic = 'force-dynamic';

/** The live ticket's state as server-sent events; `gone` once its day has ended. */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token;
  const ticket = await loadLiveTicket(token);
  if (!ticket) return new Response('Not found', { status: 404 });
  return streamState(req.signal, ticket.officeId, async () => (await loadLiveTicket(token))?.state ?? null);
}
