import type { Metadata } from 'next';
import { getTranslations } from '@/lib/i18n/server';
import { notFound } from 'next/navigation';
import { QueueDisplay } from '@/components/display/queue-display';
import { queueDisplayWords } from '@/components/display/live-words';
import { loadDisplay } from '@/lib/server/live/load-display';
import { isSlug } from '@/lib/validation/search-params';

type Props = { params: Promise<{ office: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('display.pageTitle') };
}

/** The waiting room's screen (nothing personal: pairing it is not needed). */
export default async function DisplayPage({ params }: Props) {
  const slug = (await params).office;
  const display = isSlug(slug) ? await loadDisplay(slug) : null;
  if (!display) notFound();
  const t = await getTranslations();
  return (
    <>
      {/* Without JavaScript the screen reloads itself every five seconds. */}
      <noscript>
        <meta httpEquiv="refresh" content="5" />
      </noscript>
      <QueueDisplay
        initial={display.state}
        eventsUrl={`/display/${slug}/events`}
        words={queueDisplayWords(t)}
      />
    </>
  );
}
