import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FreeDaysList } from '@/components/booking/free-days-list';
import { FreeTimes } from '@/components/booking/free-times';
import { MatterChoice } from '@/components/booking/matter-choice';
import { MonthCalendar } from '@/components/booking/month-calendar';
import { RegulationsForm } from '@/components/booking/regulations-form';
import { Announcements } from '@/components/ui/announcements';
import { PageShell } from '@/components/ui/page-shell';
import { listActiveAnnouncements } from '@/lib/server/notices/list-active-announcements';
import { loadCalendarMonth } from '@/lib/server/schedule/load-calendar-month';
import { getCategory } from '@/lib/server/catalogue/get-category';
import {
  ACCEPTANCE_COOKIE,
  decodeAcceptance,
  getCurrentRegulations,
} from '@/lib/server/notices/get-current-regulations';
import { acceptRegulations } from '@/app/rezerwacja/actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';

type Props = {
  params: Promise<{ office: string; category: string }>;
  searchParams: Promise<SearchParams>;
};

const QUERY = { sprawa: SEARCH.slug, miesiac: SEARCH.month, dzien: SEARCH.date };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { office, category } = await params;
  const c = await getCategory(office, category);
  return { title: c ? `${c.name} — ${c.office.name}` : 'Nie znaleziono' };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { office, category } = await params;
  const q = parseSearchParams(QUERY, await searchParams);
  const c = await getCategory(office, category);
  if (!c) notFound();
  const base = `/rezerwacja/${c.office.slug}/${c.slug}`;
  const matter = c.matters.find((m) => m.slug === q.sprawa);
  const regulations = await getCurrentRegulations();
  const accepted = decodeAcceptance((await cookies()).get(ACCEPTANCE_COOKIE)?.value, regulations.version);
  const now = new Date();
  const notices = await listActiveAnnouncements(c.office.id, now);

  let body: React.ReactNode;
  if (c.phoneOnly) {
    body = (
      <p role="status" className="mt-4 rounded-md border border-amber-600 bg-amber-50 p-3">
        Wizyty w tej kategorii rezerwujemy obecnie wyłącznie telefonicznie:{' '}
        <a className="font-semibold underline" href={`tel:+48${c.office.bookingPhone.replaceAll(' ', '')}`}>
          {c.office.bookingPhone}
        </a>
        .{c.phoneOnlyNote && <span className="block">{c.phoneOnlyNote}</span>}
        <span className="mt-1 block">
          Zadzwoń w godzinach pracy urzędu: urzędnik wybierze z Tobą wolny termin, poda identyfikator wizyty,
          a jeśli podasz adres e-mail — wyślemy na niego potwierdzenie.
        </span>
      </p>
    );
  } else if (!accepted) {
    const next = matter ? `${base}?sprawa=${matter.slug}` : base;
    body = (
      <RegulationsForm
        acceptRegulations={acceptRegulations}
        title={regulations.title}
        body={regulations.body}
        next={next}
        bookingPhone={c.office.bookingPhone}
      />
    );
  } else if (!matter) {
    body = <MatterChoice category={c} action={base} />;
  } else {
    const { month, weeks, days, upcoming, prevMonth, nextMonth } = await loadCalendarMonth(
      c.id,
      q.miesiac,
      now,
    );
    const href = (q: Record<string, string>) =>
      `${base}?${new URLSearchParams({ sprawa: matter.slug, ...q })}`;
    const dayHref = (date: string) => href({ miesiac: date.slice(0, 7), dzien: date });
    const selectedDate = q.dzien;
    const selected = upcoming.find((d) => d.date === selectedDate);
    body = (
      <>
        <div className="mt-4 rounded-md border border-slate-300 p-3">
          <p className="text-sm text-slate-700">Sprawa</p>
          <p className="font-medium">{matter.name}</p>
          <p className="mt-1 text-sm">
            <a href={matter.peupUrl} className="text-brand underline" rel="noopener">
              Co zabrać, opłaty, wnioski do pobrania (PEUP)
            </a>{' '}
            ·{' '}
            <Link href={`${base}`} className="text-brand underline">
              zmień sprawę
            </Link>
          </p>
        </div>
        <MonthCalendar
          month={month}
          weeks={weeks}
          days={days}
          selected={selectedDate}
          hrefFor={dayHref}
          prevHref={prevMonth && href({ miesiac: prevMonth })}
          nextHref={nextMonth && href({ miesiac: nextMonth })}
        />
        {selected && (
          <FreeTimes
            day={selected}
            hrefFor={(t) =>
              `${base}/dane?${new URLSearchParams({ sprawa: matter.slug, czas: t.toISOString() })}`
            }
          />
        )}
        {selectedDate && !selected && (
          <p role="alert" className="mt-4">
            Ten dzień nie jest dostępny do rezerwacji. Wybierz dzień oznaczony na niebiesko.
          </p>
        )}
        <FreeDaysList days={upcoming} hrefFor={dayHref} />
      </>
    );
  }

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
      <Announcements notices={notices} />
      {body}
    </PageShell>
  );
}
