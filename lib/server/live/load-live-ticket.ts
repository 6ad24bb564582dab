import 'server-only';
import { liveTicketStateOf } from '@/lib/domain/live-queue';
import type { LiveTicketState } from '@/lib/domain/queue-view';
import { localDateOf } from '@/lib/domain/time';
import { findTicketOffice } from './find-ticket-office';
import { type LiveHub, liveHub } from './live-hub';
import { readLiveTicketToken } from './ticket-link';

/**
 * The resident's live ticket (the page's first paint), from its office's shared snapshot: the
 * ticket, how many the counters will call first, and an estimated wait. Null for a token that is
 * malformed, forged, or of another day than today (it expires when its day ends).
 */
export async function loadLiveTicket(
  token: string,
  now: Date = new Date(),
  hub: LiveHub = liveHub(),
): Promise<{ officeId: string; bookingPhone: string; state: LiveTicketState } | null> {
  const link = readLiveTicketToken(token);
  if (!link || link.day !== localDateOf(now)) return null;
  const officeId = await findTicketOffice(link.ticketId, link.day);
  const snapshot = officeId ? (await hub.feed.current(officeId)).state : null;
  const state =
    snapshot && snapshot.day === link.day ? liveTicketStateOf(snapshot, link.ticketId, now) : null;
  return state && snapshot
    ? { officeId: snapshot.officeId, bookingPhone: snapshot.bookingPhone, state }
    : null;
}
