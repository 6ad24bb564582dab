import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LiveTicket, type LiveTicketWords } from '@/components/display/live-ticket';
import { PageShell } from '@/components/ui/page-shell';
import { MARK, pluralPhrase } from '@/components/ui/phrase';
import type { LiveTicketState } from '@/lib/domain/queue-view';
import { formatTime } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translator';
import { loadLiveTicket } from '@/lib/server/live/load-live-ticket';

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('ticket.pageTitle'), referrer: 'no-referrer', robots: { index: false } };
}

function liveTicketWords(t: Translator, ticket: LiveTicketState): LiveTicketWords {
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

/**
 * The live ticket behind the QR code on a printed ticket; the link lasts until the day ends. An
 * unknown or expired link answers 404 with its own page (not-found.tsx).
 */
export default async function LiveTicketPage({ params }: Props) {
  const token = (await params).token;
  const ticket = await loadLiveTicket(token);
  if (!ticket) notFound();
  const t = await getTranslations();
  return (
    <PageShell phones={[ticket.bookingPhone]}>
      <noscript>
        <meta httpEquiv="refresh" content="10" />
      </noscript>
      <LiveTicket
        initial={ticket.state}
        eventsUrl={`/bilet/${token}/events`}
        words={liveTicketWords(t, ticket.state)}
      />
    </PageShell>
  );
}
