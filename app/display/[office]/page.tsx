import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QueueDisplay } from '@/components/display/queue-display';
import { t } from '@/lib/i18n/t';
import { loadDisplay } from '@/lib/server/live/load-display';
import { isSlug } from '@/lib/validation/search-params';

type Props = { params: Promise<{ office: string }> };

export const metadata: Metadata = { title: t('display.pageTitle') };

/** The waiting room's screen (nothing personal: pairing it is not needed). */
export default async function DisplayPage({ params }: Props) {
  const slug = (await params).office;
  const display = isSlug(slug) ? await loadDisplay(slug) : null;
  if (!display) notFound();
  return (
    <>
      {/* Without JavaScript the screen reloads itself every five seconds. */}
      <noscript>
        <meta httpEquiv="refresh" content="5" />
      </noscript>
      <QueueDisplay initial={display.state} eventsUrl={`/display/${slug}/events`} />
    </>
  );
}
