import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FreeDaysList } from '@/components/booking/free-days-list';
import { FreeTimes } from '@/components/booking/free-times';
import { MatterChoice } from '@/components/booking/matter-choice';
import { MonthCalendar } from '@/components/booking/month-calendar';
import { RegulationsForm } from '@/components/booking/regulations-form';
import { Alert } from '@/components/ui/alert';
import { Announcements } from '@/components/ui/announcements';
import { PageShell } from '@/components/ui/page-shell';
import { PhoneLink } from '@/components/ui/phone-link';
import { rich } from '@/components/ui/rich-text';
import { t } from '@/lib/i18n/t';
import { listActiveAnnouncements } from '@/lib/server/notices/publish-announcement';
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
  return {
    title: c
      ? t('booking.categoryTitle', { category: c.name, office: c.office.name })
      : t('site.notFound.metaTitle'),
  };
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
      <Alert tone="warning" className="mt-4">
        <p>
          {rich('booking.phoneOnly.lead', {
            phone: <PhoneLink phone={c.office.bookingPhone} className="font-semibold underline" />,
          })}
          {c.phoneOnlyNote && <span className="block">{c.phoneOnlyNote}</span>}
          <span className="mt-1 block">{t('booking.phoneOnly.how')}</span>
        </p>
      </Alert>
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
          <p className="text-sm text-slate-700">{t('booking.matter.label')}</p>
          <p className="font-medium">{matter.name}</p>
          <p className="mt-1 text-sm">
            <a href={matter.peupUrl} className="text-brand underline" rel="noopener">
              {t('booking.matter.peup')}
            </a>{' '}
            ·{' '}
            <Link href={`${base}`} className="text-brand underline">
              {t('booking.matter.change')}
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
            hrefFor={(startsAt) =>
              `${base}/dane?${new URLSearchParams({ sprawa: matter.slug, czas: startsAt.toISOString() })}`
            }
          />
        )}
        {selectedDate && !selected && (
          <p role="alert" className="mt-4">
            {t('booking.dayUnavailable')}
          </p>
        )}
        <FreeDaysList days={upcoming} hrefFor={dayHref} />
      </>
    );
  }

  return (
    <PageShell phones={[c.office.bookingPhone]}>
      <p className="text-sm">
        <Link href="/" className="text-brand underline">
          {t('site.homeLink')}
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
