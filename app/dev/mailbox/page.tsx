import type { Metadata } from 'next';
import { getTranslations } from '@/lib/i18n/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PageShell } from '@/components/ui/page-shell';
import { getConfig } from '@/lib/server/core/config';
import { formatStamp } from '@/lib/i18n/format';
import { listBookingPhones } from '@/lib/server/catalogue/list-booking-phones';
import { listMailbox } from '@/lib/server/notify/list-mailbox';
import { inSentence } from '@/components/ui/in-sentence';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('site.mailbox.title'), robots: { index: false } };
}

export default async function MailboxPage() {
  await connection();
  const items = await listMailbox(getConfig());
  if (!items) notFound();
  const t = await getTranslations();
  return (
    <PageShell phones={await listBookingPhones()}>
      <h1 className="text-brand text-2xl font-bold">{t('site.mailbox.title')}</h1>
      <p className="mt-2 text-slate-700">{t('site.mailbox.intro')}</p>
      {items.length === 0 && <p className="mt-4">{t('site.mailbox.empty')}</p>}
      <ol className="mt-4 space-y-4">
        {items.map((m) => {
          const channel = t(m.channel === 'SMS' ? 'site.mailbox.sms' : 'site.mailbox.email');
          return (
            <li key={m.id}>
              <article
                aria-label={t('site.mailbox.to', { channel, recipient: m.recipient })}
                className="rounded-md border border-slate-300 p-3"
              >
                <p className="text-sm text-slate-700">
                  {t.rich('site.mailbox.to', {
                    channel,
                    recipient: inSentence(<strong key="recipient">{m.recipient}</strong>),
                  })}{' '}
                  · {formatStamp(m.createdAt)} · {m.status}
                </p>
                {m.subject && <h2 className="mt-1 font-semibold">{m.subject}</h2>}
                <pre className="mt-2 font-sans text-sm break-words whitespace-pre-wrap">{m.text}</pre>
              </article>
            </li>
          );
        })}
      </ol>
    </PageShell>
  );
}
