import 'server-only';
import { displayStateOf } from '@/lib/domain/live-queue';
import type { DisplayState } from '@/lib/domain/queue-view';
import { findOfficeIdBySlug } from '@/lib/server/catalogue/find-office-id';
import { type LiveHub, liveHub } from './live-hub';

/**
 * The waiting room's screen for an office today (the page's first paint): the newest call, the
 * calls before it, and how many wait per category, from the office's shared snapshot. Ticket
 * numbers and counters only: nothing personal.
 */
export async function loadDisplay(
  officeSlug: string,
  hub: LiveHub = liveHub(),
): Promise<{ officeId: string; state: DisplayState } | null> {
  const officeId = await findOfficeIdBySlug(officeSlug);
  const snapshot = officeId ? (await hub.feed.current(officeId)).state : null;
  return snapshot ? { officeId: snapshot.officeId, state: displayStateOf(snapshot) } : null;
}
