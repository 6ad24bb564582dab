import type { Metadata } from 'next';
import { getTranslations } from '@/lib/i18n/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { RescheduleConfirm } from '@/components/booking/reschedule-confirm';
import { ReschedulePicker, isFreeTime } from '@/components/booking/reschedule-picker';
import { Alert } from '@/components/ui/alert';
import { PageShell } from '@/components/ui/page-shell';
import { localDateOf } from '@/lib/domain/time';
import { formatDateTime } from '@/lib/i18n/format';
import { loadRescheduleView } from '@/lib/server/booking/reschedule-booking';
import { loadCalendarMonth } from '@/lib/server/schedule/load-calendar-month';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { rescheduleAction } from './actions';

// The token is a secret, as on the manage page: out of indexes and out of referrers.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: t('changes.reschedule.title'),
    robots: { index: false, follow: false },
    referrer: 'same-origin',
  };
}

type Props = { params: Promise<{ token: string }>; searchParams: Promise<SearchParams> };
const QUERY = { miesiac: SEARCH.month, dzien: SEARCH.date, czas: SEARCH.instant };

/** The resident picks a new time of the same matter: month, day, hour (in the URL), then confirms. */
export default async function ReschedulePage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const now = new Date();
  const b = await loadRescheduleView(token, now);
  if (!b) notFound();
  const t = await getTranslations();
  const q = parseSearchParams(QUERY, await searchParams);
  const base = `/wizyta/${token}/zmien`;
  const href = (p: Record<string, string>) => `${base}?${new URLSearchParams(p)}`;

  let body: React.ReactNode;
  if (!b.open) body = <Alert tone="warning">{t('changes.reschedule.closed')}</Alert>;
  else if (!b.offered)
    body = <Alert tone="warning">{t('changes.notOffered', { phone: b.bookingPhone })}</Alert>;
  else if (b.phoneOnly)
    body = <Alert tone="warning">{t('changes.phoneOnly', { phone: b.bookingPhone })}</Alert>;
  else {
    const calendar = await loadCalendarMonth(b.categoryId, q.miesiac, now);
    const startsAt = q.czas ? new Date(q.czas) : null;
    const selectedDate = startsAt ? localDateOf(startsAt) : q.dzien;
    body =
      startsAt && isFreeTime(calendar, startsAt, b.startsAt) ? (
        <RescheduleConfirm
          action={rescheduleAction}
          token={token}
          startsAt={startsAt.toISOString()}
          current={formatDateTime(b.startsAt)}
          next={formatDateTime(startsAt)}
          dayChanges={localDateOf(startsAt) !== localDateOf(b.startsAt)}
          otherTimeHref={href({ miesiac: calendar.month, dzien: localDateOf(startsAt) })}
        />
      ) : (
        <>
          {startsAt && (
            <Alert tone="error" className="mt-4">
              {t('changes.reschedule.timeUnavailable')}
            </Alert>
          )}
          <ReschedulePicker
            calendar={calendar}
            selectedDate={selectedDate}
            current={b.startsAt}
            href={href}
            dayUnavailable={t('changes.reschedule.dayUnavailable')}
          />
        </>
      );
  }

  return (
    <PageShell phones={[b.bookingPhone]}>
      <p className="text-sm">
        <Link href={`/wizyta/${token}`} className="text-brand underline">
          {t('changes.reschedule.back')}
        </Link>
      </p>
      <h1 className="text-brand mt-2 text-2xl font-bold">{t('changes.reschedule.title')}</h1>
      <p className="mt-2">
        {t('changes.reschedule.intro', { matter: b.matter, when: formatDateTime(b.startsAt) })}
      </p>
      {body}
    </PageShell>
  );
}
