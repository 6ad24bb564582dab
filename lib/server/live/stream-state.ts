import 'server-only';
import { queueListener } from './queue-events';
import { sseResponse } from './sse-response';

/** Events within this window are answered with one reload (a burst of calls, one query). */
const COALESCE_MS = 150;

/**
 * A server-sent stream of a page's whole state: sent on connecting and again after every change
 * in the office's queue (and after the listener reconnected), loaded afresh each time, so the page
 * always shows what the database says. `load` answering null ends the stream with `gone`.
 */
export function streamState<T>(
  signal: AbortSignal,
  officeId: string,
  load: () => Promise<T | null>,
): Response {
  return sseResponse(signal, (send) => {
    let timer: NodeJS.Timeout | null = null;
    let stopped = false;
    const push = async () => {
      timer = null;
      try {
        const state = await load();
        if (stopped) return;
        if (state === null) send('gone', {});
        else send('state', state);
      } catch (e) {
        console.error('live state failed', e);
      }
    };
    void push();
    const unsubscribe = queueListener().subscribe(officeId, () => {
      if (!timer) timer = setTimeout(push, COALESCE_MS);
    });
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  });
}
