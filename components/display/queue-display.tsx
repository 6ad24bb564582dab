'use client';

import { useEffect, useRef, useState } from 'react';
import { type Phrase, type PluralPhrase, fill, fillPlural } from '@/components/ui/phrase';
import type { DisplayState } from '@/lib/domain/queue-view';
import { createChime } from './chime';
import { useLiveState } from './live-updates';

/** The screen's sentences, said by the page (app/display/[office]/page.tsx); the stream's values go in their places. */
export type QueueDisplayWords = {
  enableSound: string;
  currentCall: string;
  counter: Phrase;
  counterShort: Phrase;
  noCalls: string;
  recentCalls: string;
  noRecent: string;
  waiting: string;
  waitingCount: PluralPhrase;
};

/**
 * The waiting room's screen: the newest call large and highlighted, the calls before it, and how
 * many wait in each category. Live through server-sent events; a chime once someone has switched
 * sound on (browsers block sound until a person interacts); each call is also read out by screen
 * readers from an aria-live region.
 */
export function QueueDisplay({
  initial,
  eventsUrl,
  words,
}: {
  initial: DisplayState;
  eventsUrl: string;
  words: QueueDisplayWords;
}) {
  const state = useLiveState(eventsUrl, initial) ?? initial;
  const chime = useRef<(() => void) | null>(null);
  const [sound, setSound] = useState(false);
  // A new call (or a call repeated: its time changes) chimes, once sound is on.
  const callKey = state.current ? `${state.current.ticketId}@${state.current.calledAt}` : '';
  const lastCall = useRef(callKey);
  useEffect(() => {
    if (callKey && callKey !== lastCall.current) chime.current?.();
    lastCall.current = callKey;
  }, [callKey]);

  const enableSound = () => {
    chime.current = createChime();
    chime.current?.();
    setSound(true);
  };

  const current = state.current;
  return (
    <div className="flex min-h-screen flex-col bg-slate-950 p-6 text-white lg:p-10">
      <header className="flex items-center justify-between gap-4">
        <h1 className="text-2xl font-bold lg:text-4xl">{state.officeName}</h1>
        {!sound && (
          <button
            type="button"
            onClick={enableSound}
            className="rounded-md border-2 border-white px-5 py-3 text-lg font-semibold hover:bg-white hover:text-slate-950"
          >
            {words.enableSound}
          </button>
        )}
      </header>

      <main id="tresc" className="mt-6 grid flex-1 gap-6 lg:grid-cols-3">
        <section
          aria-labelledby="current-call"
          className="rounded-2xl bg-yellow-300 p-8 text-slate-950 lg:col-span-2"
        >
          <h2 id="current-call" className="text-2xl font-semibold lg:text-3xl">
            {words.currentCall}
          </h2>
          <div aria-live="assertive" aria-atomic="true">
            {current ? (
              <p className="mt-4 flex flex-wrap items-baseline gap-x-8 gap-y-2 font-bold">
                <span className="text-8xl tabular-nums lg:text-[10rem]">{current.number}</span>
                <span className="text-5xl lg:text-7xl">→ {fill(words.counter, current.counter)}</span>
              </p>
            ) : (
              <p className="mt-4 text-4xl font-semibold">{words.noCalls}</p>
            )}
          </div>
        </section>

        <section aria-labelledby="recent-calls" className="rounded-2xl bg-slate-800 p-6">
          <h2 id="recent-calls" className="text-2xl font-semibold">
            {words.recentCalls}
          </h2>
          {state.recent.length === 0 ? (
            <p className="mt-4 text-xl text-slate-200">{words.noRecent}</p>
          ) : (
            <ol className="mt-4 space-y-2 text-3xl font-semibold tabular-nums">
              {state.recent.map((c) => (
                <li key={`${c.ticketId}-${c.calledAt}`} className="flex justify-between gap-4">
                  <span>{c.number}</span>
                  <span>{fill(words.counterShort, c.counter)}</span>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="waiting" className="rounded-2xl bg-slate-800 p-6 lg:col-span-3">
          <h2 id="waiting" className="text-2xl font-semibold">
            {words.waiting}
          </h2>
          <ul className="mt-4 grid gap-3 text-2xl sm:grid-cols-2 lg:grid-cols-4">
            {state.waiting.map((w) => (
              <li key={w.categoryId} className="rounded-lg bg-slate-700 p-4">
                <span className="font-bold">{w.letter}</span> {w.name}:{' '}
                <span className="font-bold tabular-nums">{fillPlural(words.waitingCount, w.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
