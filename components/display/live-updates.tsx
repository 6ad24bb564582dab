'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Keeps a server-rendered page live: it listens to the office's queue events (server-sent events)
 * and re-renders the page from the server on each one, so what the page shows is always what the
 * database says (a missed event costs nothing but a moment). `onCall` hears every call.
 */
export function useLiveRefresh(
  eventsUrl: string,
  onCall?: (event: { number: string; counter: number | null }) => void,
) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(eventsUrl);
    const refresh = () => router.refresh();
    const onTicket = (e: MessageEvent<string>) => {
      try {
        const data = JSON.parse(e.data) as { status?: string; number: string; counter: number | null };
        if (data.status === 'CALLED') onCall?.(data);
      } catch {
        // a malformed event still refreshes
      }
      refresh();
    };
    source.addEventListener('ticket', onTicket as EventListener);
    source.addEventListener('resync', refresh);
    // EventSource reconnects by itself; after a reconnect the page may have missed calls.
    let opened = false;
    source.addEventListener('open', () => {
      if (opened) refresh();
      opened = true;
    });
    return () => source.close();
  }, [eventsUrl, onCall, router]);
}
