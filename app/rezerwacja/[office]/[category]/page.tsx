import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/ui/page-shell';
import { getCategory } from '@/lib/server/catalogue';

type Props = { params: Promise<{ office: string; category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { office, category } = await params;
  const c = await getCategory(office, category);
  return { title: c ? `${c.name} — ${c.office.name}` : 'Nie znaleziono' };
}

export default async function CategoryPage({ params }: Props) {
  const { office, category } = await params;
  const c = await getCategory(office, category);
  if (!c) notFound();
  return (
    <PageShell>
      <p className="text-sm">
        <Link href="/" className="text-brand underline">
          Strona główna
        </Link>{' '}
        › {c.office.name}
      </p>
      <h1 className="text-brand mt-2 text-2xl font-bold">{c.name}</h1>
      <p className="text-slate-700">
        {c.office.name}, {c.office.address}, {c.office.postalCode} {c.office.city}
      </p>
      {c.phoneOnly && (
        <p role="status" className="mt-4 rounded-md border border-amber-500 bg-amber-50 p-3">
          Wizyty w tej kategorii rezerwujemy obecnie wyłącznie telefonicznie:{' '}
          <strong>{c.office.bookingPhone}</strong>.
          {c.phoneOnlyNote && <span className="block">{c.phoneOnlyNote}</span>}
        </p>
      )}
      <h2 className="mt-6 text-lg font-semibold">Sprawy w tej kategorii</h2>
      <ul className="mt-2 space-y-3">
        {c.matters.map((m) => (
          <li key={m.slug} className="rounded-md border border-slate-300 p-3">
            <span className="block font-medium">{m.name}</span>
            <a href={m.peupUrl} className="text-brand text-sm underline" rel="noopener">
              Co zabrać, opłaty, wnioski do pobrania — Platforma eUsług Publicznych
              <span className="sr-only"> ({m.name})</span>
            </a>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
