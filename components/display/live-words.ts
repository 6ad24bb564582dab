// The live screens' sentences, said on the server by their pages: the client components
// (live-ticket.tsx, queue-display.tsx) fill in the values of the stream (components/ui/phrase.ts).
import { MARK, pluralPhrase } from '@/components/ui/phrase';
import type { LiveTicketState } from '@/lib/domain/queue-view';
import { formatTime } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translator';
import type { LiveTicketWords } from './live-ticket';
import type { QueueDisplayWords } from './queue-display';

export function liveTicketWords(t: Translator, ticket: LiveTicketState): LiveTicketWords {
  return {
    heading: t('ticket.heading'),
    numberLabel: t('ticket.numberLabel', { number: MARK }),
    visitAt:
      ticket.visitStartsAt && t('ticket.visitAt', { time: formatTime(new Date(ticket.visitStartsAt)) }),
    called: t('ticket.called', { counter: MARK }),
    ahead: pluralPhrase((count) => t('ticket.ahead', { count })),
    wait: t('ticket.wait', { minutes: MARK }),
    where: t('ticket.where', { area: MARK }),
    served: t('ticket.served'),
    absent: t('ticket.absent'),
    expires: t('ticket.expires'),
    goneTitle: t('ticket.goneTitle'),
    gone: t('ticket.gone'),
  };
}

export function queueDisplayWords(t: Translator): QueueDisplayWords {
  return {
    enableSound: t('display.enableSound'),
    currentCall: t('display.currentCall'),
    counter: t('display.counter', { counter: MARK }),
    counterShort: t('display.counterShort', { counter: MARK }),
    noCalls: t('display.noCalls'),
    recentCalls: t('display.recentCalls'),
    noRecent: t('display.noRecent'),
    waiting: t('display.waiting'),
    waitingCount: pluralPhrase((count) => t('display.waitingCount', { count })),
  };
}
