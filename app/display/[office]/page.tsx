import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { QueueDisplay, type QueueDisplayWords } from '@/components/display/queue-display';
import { MARK, pluralPhrase } from '@/components/ui/phrase';
import type { Translator } from '@/lib/i18n/translator';
import { loadDisplay } from '@/lib/server/live/load-display';
import { isSlug } from '@/lib/validation/search-params';

type Props = { params: Promise<{ office: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('display.pageTitle') };
}

function queueDisplayWords(t: Translator): QueueDisplayWords {
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
