import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PageShell } from '@/components/ui/page-shell';
import { getConfig } from '@/lib/server/core/config';
import { formatStamp } from '@/lib/i18n/format';
import { listMailbox } from '@/lib/server/notify/list-mailbox';

export const metadata: Metadata = { title: 'Skrzynka deweloperska', robots: { index: false } };

export default async function MailboxPage() {
  await connection();
  const items = await listMailbox(getConfig());
  if (!items) notFound();
  return (
    <PageShell>
      <h1 className="text-brand text-2xl font-bold">Skrzynka deweloperska</h1>
      <p className="mt-2 text-slate-700">
        Tryb lokalny: e-maile i SMS-y nie są wysyłane, tylko pokazywane tutaj (najnowsze na górze).
      </p>
      {items.length === 0 && <p className="mt-4">Brak wiadomości.</p>}
      <ol className="mt-4 space-y-4">
        {items.map((m) => (
          <li key={m.id}>
            <article
              aria-label={`${m.channel === 'SMS' ? 'SMS' : 'E-mail'} do ${m.recipient}`}
              className="rounded-md border border-slate-300 p-3"
            >
              <p className="text-sm text-slate-700">
                {m.channel === 'SMS' ? 'SMS' : 'E-mail'} do <strong>{m.recipient}</strong> ·{' '}
                {formatStamp(m.createdAt)} · {m.status}
              </p>
              {m.subject && <h2 className="mt-1 font-semibold">{m.subject}</h2>}
              <pre className="mt-2 font-sans text-sm break-words whitespace-pre-wrap">{m.text}</pre>
            </article>
          </li>
        ))}
      </ol>
    </PageShell>
  );
}
