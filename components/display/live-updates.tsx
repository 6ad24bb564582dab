'use client';

import { useEffect, useState } from 'react';

/**
 * State that the server keeps current: the page renders `initial` (from the server), then each
 * `state` event of the server-sent stream at `url` replaces it. EventSource reconnects by itself,
 * and the server sends the whole state again on every (re)connection, so a missed event costs
 * nothing. A `gone` event (the ticket's day ended) stops listening.
 */
export function useLiveState<T>(url: string, initial: T): T | null {
  const [state, setState] = useState<T | null>(initial);
  useEffect(() => {
    const source = new EventSource(url);
    source.addEventListener('state', (e) => {
      try {
        setState(JSON.parse((e as MessageEvent<string>).data) as T);
      } catch {
        // a malformed event is ignored; the next one carries the whole state again
      }
    });
    source.addEventListener('gone', () => {
      setState(null);
      source.close();
    });
    return () => source.close();
  }, [url]);
  return state;
}
