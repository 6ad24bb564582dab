import { openDisplayStream } from '@/lib/server/live/open-display-stream';

export const dynamic = 'force-dynamic';

/**
 * The waiting-room display's state as server-sent events, sent again after every change in the
 * office's queue (PostgreSQL LISTEN/NOTIFY, so a call made on any app instance arrives here).
 * Ticket numbers and counters only; streams are capped and end after a while
 * (docs/decisions/027-live-streams.md).
 */
export async function GET(req: Request, { params }: { params: Promise<{ office: string }> }) {
  return openDisplayStream(req, (await params).office);
}
