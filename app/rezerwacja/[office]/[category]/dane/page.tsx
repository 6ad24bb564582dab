import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { DetailsForm } from '@/components/booking/details-form';
import { PageShell } from '@/components/ui/page-shell';
import { localDateOf } from '@/lib/domain/time';
import { formatLocalDate, formatTime } from '@/lib/i18n/format';
import { loadFlow } from '@/lib/server/booking/load-flow';
import { describeSmsCountries } from '@/lib/server/notify/sms-recipient';
import { t } from '@/lib/i18n/t';
import { bookingDetailsAction } from '@/app/rezerwacja/booking-actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Dane kontaktowe' };

type Props = {
  params: Promise<{ office: string; category: string }>;
  searchParams: Promise<SearchParams>;
};
const QUERY = { sprawa: SEARCH.slug, czas: SEARCH.instant };

export default async function DetailsPage({ params, searchParams }: Props) {
  const { office, category } = await params;
  const q = parseSearchParams(QUERY, await searchParams);
  const flow = await loadFlow({ office, category, ...q }, new Date());
  if (flow.kind === 'not-found') notFound();
  if (flow.kind === 'restart' || flow.kind === 'phone-only')
    redirect(flow.matter ? `${flow.base}?sprawa=${flow.matter.slug}` : flow.base);
  const c = flow.category;
  const summary = {
    office: c.office.name,
    address: `${c.office.address}, ${c.office.postalCode} ${c.office.city}`,
    matter: flow.matter.name,
    date: formatLocalDate(localDateOf(flow.startsAt)),
    time: formatTime(flow.startsAt),
  };
  return (
    <PageShell>
      <p className="text-sm">
        <Link href={flow.dayHref} className="text-brand underline">
          ‹ Wróć do wyboru godziny
        </Link>
      </p>
      <h1 className="text-brand mt-2 text-2xl font-bold">Twoje dane</h1>
      <p className="mt-1 text-slate-700">
        {summary.matter} · {summary.date}, {summary.time} · {summary.office}
      </p>
      {flow.free ? (
        <DetailsForm
          bookingDetailsAction={bookingDetailsAction}
          hidden={{
            office: c.office.slug,
            category: c.slug,
            sprawa: flow.matter.slug,
            czas: flow.startsAt.toISOString(),
          }}
          needsApplicationNumber={flow.matter.requiresApplicationNumber}
          summary={summary}
          dayHref={flow.dayHref}
          smsHint={t('notify.sms.hint', { countries: describeSmsCountries() })}
        />
      ) : (
        <p role="alert" className="mt-4 rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          Ten termin został właśnie zajęty przez inną osobę.{' '}
          <Link href={flow.dayHref} className="font-semibold underline">
            Wybierz inny z odświeżonej listy
          </Link>
          .
        </p>
      )}
    </PageShell>
  );
}
