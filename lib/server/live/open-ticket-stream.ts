import 'server-only';
import { type OfficeQueueSnapshot, liveTicketStates } from '@/lib/domain/live-queue';
import type { LiveTicketState } from '@/lib/domain/queue-view';
import { localDateOf } from '@/lib/domain/time';
import { type LiveHub, liveHub, openOfficeStream } from './live-hub';
import type { Snapshot } from './office-feed';
import { encodeEvent, encodeJsonEvent, sseResponse } from './sse-response';
import { findTicketOffice } from './find-ticket-office';
import { readLiveTicketToken } from './ticket-link';

const GONE = encodeEvent('gone', {});

// Every ticket's state of a snapshot, worked out once for all the office's phones.
const computed = new WeakMap<Snapshot<OfficeQueueSnapshot>, Map<string, LiveTicketState>>();
function statesOf(snapshot: Snapshot<OfficeQueueSnapshot>, now: Date): Map<string, LiveTicketState> {
  let states = computed.get(snapshot);
  if (!states) {
    states = snapshot.state ? liveTicketStates(snapshot.state, now) : new Map();
    computed.set(snapshot, states);
  }
  return states;
}

/**
 * The live ticket's stream: its state on connecting and after every change in its office's queue,
 * each taken from the office's one snapshot. A forged or malformed token is a 404; an authentic
 * one of a past day gets `gone` (the page then says the link has expired) without a query.
 */
export async function openTicketStream(
  request: Request,
  token: string,
  { hub = liveHub(), now = () => new Date() }: { hub?: LiveHub; now?: () => Date } = {},
): Promise<Response> {
  const link = readLiveTicketToken(token);
  if (!link) return new Response('Not found', { status: 404 });
  if (link.day !== localDateOf(now())) return goneStream(request);
  const officeId = await findTicketOffice(link.ticketId, link.day);
  if (!officeId) return new Response('Not found', { status: 404 });
  let first: number | null = null;
  let last = '';
  return openOfficeStream(hub, {
    request,
    officeId,
    ticket: link.ticketId,
    onSnapshot: (snapshot, sink) => {
      first ??= snapshot.version;
      const s = snapshot.state;
      const state = s && s.day === link.day ? statesOf(snapshot, now()).get(link.ticketId) : undefined;
      if (!state) {
        // A snapshot remembered from before the ticket was issued: ask for a newer one once.
        if (s && s.day === link.day && snapshot.version === first) return hub.feed.changed(officeId);
        sink.write(GONE);
        return sink.end();
      }
      const json = JSON.stringify(state);
      if (json === last) return;
      last = json;
      sink.write(encodeJsonEvent('state', json));
    },
  });
}

function goneStream(request: Request): Response {
  return sseResponse({ signal: request.signal, lifetimeMs: 0, retryMs: 60_000 }, (sink) => {
    sink.write(GONE);
    sink.end();
    return () => {};
  });
}
