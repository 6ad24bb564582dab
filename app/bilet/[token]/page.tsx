import type { Metadata } from 'next';
import { getTranslations } from '@/lib/i18n/server';
import { notFound } from 'next/navigation';
import { LiveTicket } from '@/components/display/live-ticket';
import { liveTicketWords } from '@/components/display/live-words';
import { PageShell } from '@/components/ui/page-shell';
import { loadLiveTicket } from '@/lib/server/live/load-live-ticket';

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('ticket.pageTitle'), referrer: 'no-referrer', robots: { index: false } };
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
