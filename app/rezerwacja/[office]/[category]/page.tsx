import type { Metadata } from 'next';
import { getTranslations } from '@/lib/i18n/server';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChosenMatter } from '@/components/booking/chosen-matter';
import { DayPicker, dayHref } from '@/components/booking/day-picker';
import { FreeDaysList } from '@/components/booking/free-days-list';
import { MatterChoice } from '@/components/booking/matter-choice';
import { PhoneOnlyNotice } from '@/components/booking/phone-only-notice';
import { RegulationsForm } from '@/components/booking/regulations-form';
import { Announcements } from '@/components/ui/announcements';
import { inSentence } from '@/components/ui/in-sentence';
import { PhoneLink } from '@/components/ui/phone-link';
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
import { FLOW_NOTICES, flowNoticeSchema } from '@/lib/validation/booking';
import { Alert } from '@/components/ui/alert';
import { formatOfficeAddress } from '@/lib/i18n/format';

type Props = {
  params: Promise<{ office: string; category: string }>;
  searchParams: Promise<SearchParams>;
};

// komunikat: why "Zarezerwuj" sent the resident here (app/rezerwacja/booking-actions.ts).
const QUERY = { sprawa: SEARCH.slug, miesiac: SEARCH.month, dzien: SEARCH.date, komunikat: flowNoticeSchema };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { office, category } = await params;
  const [c, t] = await Promise.all([getCategory(office, category), getTranslations()]);
  return {
    title: c
      ? t('booking.categoryTitle', { category: c.name, office: c.office.name })
      : t('site.notFound.metaTitle'),
  };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { office, category } = await params;
  const q = parseSearchParams(QUERY, await searchParams);
  const t = await getTranslations();
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
    body = <PhoneOnlyNotice bookingPhone={c.office.bookingPhone} note={c.phoneOnlyNote} />;
  } else if (!accepted) {
    const next = matter ? `${base}?sprawa=${matter.slug}` : base;
    body = (
      <RegulationsForm
        acceptRegulations={acceptRegulations}
        title={regulations.title}
        body={regulations.body}
        next={next}
        words={{
          text: t('booking.regulations.text'),
          accept: t('booking.regulations.accept'),
          refusedHelp: t.rich('booking.regulations.refusedHelp', {
            phone: inSentence(
              <PhoneLink key="phone" phone={c.office.bookingPhone} className="font-semibold underline" />,
            ),
          }),
          next: t('booking.next'),
        }}
      />
    );
  } else if (!matter) {
    body = <MatterChoice category={c} action={base} />;
  } else {
    const calendar = await loadCalendarMonth(c.id, q.miesiac, now);
    const href = (query: Record<string, string>) =>
      `${base}?${new URLSearchParams({ sprawa: matter.slug, ...query })}`;
    const selectedDate = q.dzien;
    const selected = calendar.upcoming.find((d) => d.date === selectedDate);
    body = (
      <>
        <ChosenMatter matter={matter} changeHref={base} />
        <DayPicker
          calendar={calendar}
          selectedDate={selectedDate}
          selected={selected}
          href={href}
          timeHref={(startsAt) =>
            `${base}/dane?${new URLSearchParams({ sprawa: matter.slug, czas: startsAt.toISOString() })}`
          }
        />
        {selectedDate && !selected && (
          <p role="alert" className="mt-4">
            {t('booking.dayUnavailable')}
          </p>
        )}
        <FreeDaysList days={calendar.upcoming} hrefFor={dayHref(href)} />
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
        {c.office.name}, {formatOfficeAddress(c.office)}
      </p>
      <Announcements notices={notices} />
      {q.komunikat && (
        <Alert tone="error" className="mt-4">
          <p>{t(FLOW_NOTICES[q.komunikat])}</p>
        </Alert>
      )}
      {body}
    </PageShell>
  );
}
