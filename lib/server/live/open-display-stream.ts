import 'server-only';
import { type OfficeQueueSnapshot, displayStateOf } from '@/lib/domain/live-queue';
import { findOfficeIdBySlug } from '@/lib/server/catalogue/find-office-id';
import { isSlug } from '@/lib/validation/search-params';
import { type LiveHub, liveHub, openOfficeStream } from './live-hub';
import type { Snapshot } from './office-feed';
import { encodeEvent } from './sse-response';

// The display's event for a snapshot, encoded once and sent as the same bytes to every display.
const encoded = new WeakMap<Snapshot<OfficeQueueSnapshot>, Uint8Array>();
const GONE = encodeEvent('gone', {});

function displayEvent(snapshot: Snapshot<OfficeQueueSnapshot>): Uint8Array {
  let bytes = encoded.get(snapshot);
  if (!bytes) {
    bytes = snapshot.state ? encodeEvent('state', displayStateOf(snapshot.state)) : GONE;
    encoded.set(snapshot, bytes);
  }
  return bytes;
}

/**
 * The waiting-room display's stream: the office's whole state on connecting and after every
 * change, as server-sent events. Connecting loads nothing of its own (office ids are remembered,
 * states are shared by the hub); an unknown office is a 404.
 */
export async function openDisplayStream(
  request: Request,
  officeSlug: string,
  hub: LiveHub = liveHub(),
): Promise<Response> {
  const officeId = isSlug(officeSlug) ? await findOfficeIdBySlug(officeSlug) : null;
  if (!officeId) return new Response('Not found', { status: 404 });
  return openOfficeStream(hub, {
    request,
    officeId,
    onSnapshot: (snapshot, sink) => {
      sink.write(displayEvent(snapshot));
      if (!snapshot.state) sink.end();
    },
  });
}
