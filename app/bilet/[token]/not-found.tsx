import { getTranslations } from '@/lib/i18n/server';
import { connection } from 'next/server';
import { PageShell } from '@/components/ui/page-shell';
import { listBookingPhones } from '@/lib/server/catalogue/list-booking-phones';

/** An unknown or expired live-ticket link: its own words, answered 404 (page.tsx calls notFound()). */
export default async function TicketGone() {
  await connection();
  const t = await getTranslations();
  return (
    <PageShell phones={await listBookingPhones()}>
      <div className="mx-auto max-w-md">
        <h1 className="text-brand text-2xl font-bold">{t('ticket.goneTitle')}</h1>
        <p className="mt-2">{t('ticket.gone')}</p>
      </div>
    </PageShell>
  );
}
