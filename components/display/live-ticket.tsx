'use client';

import type { LiveTicketState } from '@/lib/domain/queue-view';
import { formatTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { useLiveState } from './live-updates';

/**
 * The ticket on the resident's phone: its number, how many are ahead and about how long, and —
 * once called — where to go, announced by screen readers as it changes.
 */
export function LiveTicket({ initial, eventsUrl }: { initial: LiveTicketState; eventsUrl: string }) {
  const ticket = useLiveState(eventsUrl, initial);
  if (!ticket)
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-brand text-2xl font-bold">{t('ticket.goneTitle')}</h1>
        <p className="mt-2">{t('ticket.gone')}</p>
      </div>
    );
  const called = ticket.status === 'CALLED';
  return (
    <div className="mx-auto max-w-md">
      <p className="text-slate-700">{ticket.officeName}</p>
      <h1 className="text-brand mt-1 text-2xl font-bold">{t('ticket.heading')}</h1>
      <p
        className="mt-4 text-7xl font-bold tabular-nums"
        aria-label={t('ticket.numberLabel', { number: ticket.number })}
      >
        {ticket.number}
      </p>
      <p className="mt-2 text-lg">{ticket.categoryName}</p>
      {ticket.visitStartsAt && (
        <p className="mt-1 text-slate-700">
          {t('ticket.visitAt', { time: formatTime(new Date(ticket.visitStartsAt)) })}
        </p>
      )}
      <div aria-live="assertive" aria-atomic="true" className="mt-6">
        {called ? (
          <p className="rounded-lg bg-yellow-300 p-4 text-2xl font-bold text-slate-950">
            {t('ticket.called', { counter: ticket.counter ?? 0 })}
          </p>
        ) : ticket.status === 'ISSUED' ? (
          <div className="rounded-lg bg-slate-100 p-4 text-lg">
            <p>{t('ticket.ahead', { count: ticket.ahead })}</p>
            {ticket.waitMinutes !== null && (
              <p className="mt-1">{t('ticket.wait', { minutes: ticket.waitMinutes })}</p>
            )}
            {ticket.waitingArea && (
              <p className="mt-1 text-slate-700">{t('ticket.where', { area: ticket.waitingArea })}</p>
            )}
          </div>
        ) : ticket.status === 'SERVED' ? (
          <p className="rounded-lg bg-slate-100 p-4 text-lg">{t('ticket.served')}</p>
        ) : (
          <p className="rounded-lg border border-amber-600 bg-amber-50 p-4 text-lg">{t('ticket.absent')}</p>
        )}
      </div>
      <p className="mt-6 text-sm text-slate-700">{t('ticket.expires')}</p>
    </div>
  );
}
