'use client';

import { type Phrase, type PluralPhrase, fill, fillPlural } from '@/components/ui/phrase';
import type { LiveTicketState } from '@/lib/domain/queue-view';
import { useLiveState } from './live-updates';

/** The ticket's sentences, said by the page (app/bilet/[token]/page.tsx); the stream's values go in their places. */
export type LiveTicketWords = {
  heading: string;
  numberLabel: Phrase;
  /** "Wizyta umówiona na godz. 10:30" for a booked visit (its time does not change). */
  visitAt: string | null;
  called: Phrase;
  ahead: PluralPhrase;
  wait: Phrase;
  where: Phrase;
  served: string;
  absent: string;
  expires: string;
  goneTitle: string;
  gone: string;
};

/**
 * The ticket on the resident's phone: its number, how many are ahead and about how long, and —
 * once called — where to go, announced by screen readers as it changes.
 */
export function LiveTicket({
  initial,
  eventsUrl,
  words,
}: {
  initial: LiveTicketState;
  eventsUrl: string;
  words: LiveTicketWords;
}) {
  const ticket = useLiveState(eventsUrl, initial);
  if (!ticket)
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-brand text-2xl font-bold">{words.goneTitle}</h1>
        <p className="mt-2">{words.gone}</p>
      </div>
    );
  const called = ticket.status === 'CALLED';
  return (
    <div className="mx-auto max-w-md">
      <p className="text-slate-700">{ticket.officeName}</p>
      <h1 className="text-brand mt-1 text-2xl font-bold">{words.heading}</h1>
      <p className="mt-4 text-7xl font-bold tabular-nums" aria-label={fill(words.numberLabel, ticket.number)}>
        {ticket.number}
      </p>
      <p className="mt-2 text-lg">{ticket.categoryName}</p>
      {ticket.visitStartsAt && words.visitAt && <p className="mt-1 text-slate-700">{words.visitAt}</p>}
      <div aria-live="assertive" aria-atomic="true" className="mt-6">
        {called ? (
          <p className="rounded-lg bg-yellow-300 p-4 text-2xl font-bold text-slate-950">
            {fill(words.called, ticket.counter ?? 0)}
          </p>
        ) : ticket.status === 'ISSUED' ? (
          <div className="rounded-lg bg-slate-100 p-4 text-lg">
            <p>{fillPlural(words.ahead, ticket.ahead)}</p>
            {ticket.waitMinutes !== null && <p className="mt-1">{fill(words.wait, ticket.waitMinutes)}</p>}
            {ticket.waitingArea && (
              <p className="mt-1 text-slate-700">{fill(words.where, ticket.waitingArea)}</p>
            )}
          </div>
        ) : ticket.status === 'SERVED' ? (
          <p className="rounded-lg bg-slate-100 p-4 text-lg">{words.served}</p>
        ) : (
          <p className="rounded-lg border border-amber-600 bg-amber-50 p-4 text-lg">{words.absent}</p>
        )}
      </div>
      <p className="mt-6 text-sm text-slate-700">{words.expires}</p>
    </div>
  );
}
