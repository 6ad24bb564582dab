import type { Metadata } from 'next';
import { getTranslations } from '@/lib/i18n/server';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { DetailsForm, type DetailsFormWords } from '@/components/booking/details-form';
import { Alert } from '@/components/ui/alert';
import { PageShell } from '@/components/ui/page-shell';
import { inSentence } from '@/components/ui/in-sentence';
import { MARK } from '@/components/ui/phrase';
import { formatDate, formatTime, formatDateTime, formatOfficeAddress } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translator';
import { isTimeFree, loadFlow } from '@/lib/server/booking/load-flow';
import { describeSmsCountries } from '@/lib/server/notify/sms-recipient';
import { bookingDetailsAction } from '@/app/rezerwacja/booking-actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('booking.details.metaTitle') };
}

type Props = {
  params: Promise<{ office: string; category: string }>;
  searchParams: Promise<SearchParams>;
};
const QUERY = { sprawa: SEARCH.slug, czas: SEARCH.instant };

function detailsFormWords(t: Translator): DetailsFormWords {
  return {
    email: t('booking.details.email'),
    emailHint: t('booking.details.emailHint'),
    phone: t('booking.details.phone'),
    phoneHint: t('booking.details.phoneHint'),
    sms: t('booking.details.sms'),
    applicationNumber: t('booking.details.applicationNumber'),
    applicationNumberHint: t('booking.details.applicationNumberHint'),
    next: t('booking.next'),
    chooseOther: t('booking.details.chooseOther'),
    summaryTitle: t('booking.summary.title'),
    summary: {
      office: t('booking.summary.office'),
      address: t('booking.summary.address'),
      matter: t('booking.summary.matter'),
      date: t('booking.summary.date'),
      time: t('booking.summary.time'),
      email: t('booking.summary.email'),
      phone: t('booking.summary.phone'),
      applicationNumber: t('booking.summary.applicationNumber'),
    },
    phoneSms: t('booking.summary.phoneSms', { phone: MARK }),
    book: t('booking.summary.book'),
    held: t('booking.summary.held'),
    goOn: t('booking.summary.goOn'),
    after: t('booking.summary.after'),
  };
}

export default async function DetailsPage({ params, searchParams }: Props) {
  const { office, category } = await params;
  const q = parseSearchParams(QUERY, await searchParams);
  const flow = await loadFlow({ office, category, ...q });
  if (flow.kind === 'not-found') notFound();
  if (flow.kind === 'restart' || flow.kind === 'phone-only')
    redirect(flow.matter ? `${flow.base}?sprawa=${flow.matter.slug}` : flow.base);
  const c = flow.category;
  const free = await isTimeFree(c.id, flow.startsAt, new Date());
  const t = await getTranslations();
  const summary = {
    office: c.office.name,
    address: formatOfficeAddress(c.office),
    matter: flow.matter.name,
    date: formatDate(flow.startsAt),
    time: formatTime(flow.startsAt),
  };
  return (
    <PageShell phones={[c.office.bookingPhone]}>
      <p className="text-sm">
        <Link href={flow.dayHref} className="text-brand underline">
          {t('booking.details.back')}
        </Link>
      </p>
      <h1 className="text-brand mt-2 text-2xl font-bold">{t('booking.details.title')}</h1>
      <p className="mt-1 text-slate-700">
        {t('booking.details.line', {
          matter: summary.matter,
          when: formatDateTime(flow.startsAt),
          office: summary.office,
        })}
      </p>
      {free ? (
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
          words={detailsFormWords(t)}
        />
      ) : (
        <Alert tone="error" className="mt-4">
          <p>
            {t.rich('booking.details.taken', {
              link: inSentence(
                <Link key="link" href={flow.dayHref} className="font-semibold underline">
                  {t('booking.details.takenLink')}
                </Link>,
              ),
            })}
          </p>
        </Alert>
      )}
    </PageShell>
  );
}
