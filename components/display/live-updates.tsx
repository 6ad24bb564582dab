'use client';

import { useEffect, useState } from 'react';
import { reopenDelayMs } from '@/lib/domain/live-timing';

/** What following a stream needs from the browser (tests hand in their own). */
export type LiveDeps = {
  open: (url: string) => Pick<EventSource, 'addEventListener' | 'close' | 'readyState'>;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
  random: () => number;
};

const CLOSED = 2; // EventSource.CLOSED

const browser: LiveDeps = {
  open: (url) => new EventSource(url),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (timer) => window.clearTimeout(timer as number),
  random: Math.random,
};

/**
 * Follows the server-sent stream at `url`: each `state` event is handed to `onState`, a `gone`
 * event hands null and stops. EventSource reconnects by itself after a broken or normally ended
 * stream, but gives up for good on an answer that is not a stream (a 429 when the server is at
 * its cap, a 5xx, a proxy's error page): then the stream is reopened here after a growing,
 * random wait (5–60 s), so screens refused together do not return together. Returns the stop.
 */
export function followLiveState<T>(
  url: string,
  onState: (state: T | null) => void,
  deps: LiveDeps = browser,
) {
  let stopped = false;
  let attempt = 0;
  let timer: unknown = null;
  let source: ReturnType<LiveDeps['open']> | null = null;

  const open = () => {
    timer = null;
    const s = deps.open(url);
    source = s;
    s.addEventListener('state', (e) => {
      attempt = 0;
      try {
        onState(JSON.parse((e as MessageEvent<string>).data) as T);
      } catch {
        // a malformed event is ignored; the next one carries the whole state again
      }
    });
    s.addEventListener('gone', () => {
      stopped = true;
      s.close();
      onState(null);
    });
    s.addEventListener('error', () => {
      if (stopped || s.readyState !== CLOSED || timer !== null) return;
      timer = deps.setTimeout(open, reopenDelayMs(attempt++, deps.random()));
    });
  };
  open();
  return () => {
    stopped = true;
    if (timer !== null) deps.clearTimeout(timer);
    source?.close();
  };
}

/**
 * State that the server keeps current: the page renders `initial` (from the server), then each
 * state of the stream at `url` replaces it; the server sends the whole state on every
 * (re)connection, so a missed event costs nothing. Null once the server says `gone`.
 */
export function useLiveState<T>(url: string, initial: T): T | null {
  const [state, setState] = useState<T | null>(initial);
  useEffect(() => followLiveState<T>(url, setState), [url]);
  return state;
}
