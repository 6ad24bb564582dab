import { openTicketStream } from '@/lib/server/live/open-ticket-stream';

export const dynamic = 'force-dynamic';

/** The live ticket's state as server-sent events; `gone` once its day has ended. */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  return openTicketStream(req, (await params).token);
}
