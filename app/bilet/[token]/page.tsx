import type { Metadata } from 'next';
import { LiveTicket } from '@/components/display/live-ticket';
import { PageShell } from '@/components/ui/page-shell';
import { t } from '@/lib/i18n/t';
import { listBookingPhones } from '@/lib/server/catalogue/list-booking-phones';
import { loadLiveTicket } from '@/lib/server/live/load-live-ticket';

type Props = { params: Promise<{ token: string }> };

export const metadata: Metadata = {
  title: t('ticket.pageTitle'),
  referrer: 'no-referrer',
  robots: { index: false },
};

/** The live ticket behind the QR code on a printed ticket; the link lasts until the day ends. */
export default async function LiveTicketPage({ params }: Props) {
  const token = (await params).token;
  const ticket = await loadLiveTicket(token);
  return (
    <PageShell phones={ticket ? [ticket.bookingPhone] : await listBookingPhones()}>
      {ticket ? (
        <>
          <noscript>
            <meta httpEquiv="refresh" content="10" />
          </noscript>
          <LiveTicket initial={ticket.state} eventsUrl={`/bilet/${token}/events`} />
        </>
      ) : (
        <div className="mx-auto max-w-md">
          <h1 className="text-brand text-2xl font-bold">{t('ticket.goneTitle')}</h1>
          <p className="mt-2">{t('ticket.gone')}</p>
        </div>
      )}
    </PageShell>
  );
}
