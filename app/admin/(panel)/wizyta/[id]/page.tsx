import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { VisitChangeDetails } from '@/components/admin/visit-change-details';
import { VisitCancelForm, VisitMoveForm } from '@/components/admin/visit-change-forms';
import { ReschedulePicker, isFreeTime } from '@/components/booking/reschedule-picker';
import { Alert } from '@/components/ui/alert';
import { localDateOf } from '@/lib/domain/time';
import { formatDateTime } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import { noticeOf } from '@/lib/server/notify/queue-notice';
import { findVisitForChange, isChangeable } from '@/lib/server/booking/load-visit-for-change';
import { loadCalendarMonth } from '@/lib/server/schedule/load-calendar-month';
import { requireStaff } from '@/lib/server/staff/guard';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { cancelVisitForResidentAction, moveVisitAction } from './actions';
import { statusLabel } from '@/lib/i18n/labels';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('changes.visit.metaTitle') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };
const QUERY = {
  miesiac: SEARCH.month,
  dzien: SEARCH.date,
  czas: SEARCH.instant,
  zmiana: SEARCH.text(20),
};

const NOTICE = {
  email: 'changes.visit.noticeEmail',
  sms: 'changes.visit.noticeSms',
  none: 'changes.visit.noticeNone',
} as const;
const CANCELLED = {
  email: 'changes.cancelled.email',
  sms: 'changes.cancelled.sms',
  none: 'changes.cancelled.none',
} as const;
const MOVED = { email: 'changes.moved.email', sms: 'changes.moved.sms', none: 'changes.moved.none' } as const;

/** One visit for a clerk (from the day's list): cancel it at the resident's request, or move it. */
export default async function VisitPage({ params, searchParams }: Props) {
  const t = await getTranslations();
  const staff = await requireStaff();
  const { id } = await params;
  const v = await findVisitForChange(staff, id);
  if (!v) notFound();
  const q = parseSearchParams(QUERY, await searchParams);
  const now = new Date();
  const notice = noticeOf(v);
  const base = `/admin/wizyta/${v.id}`;
  const href = (p: Record<string, string>) => `${base}?${new URLSearchParams(p)}`;
  const when = formatDateTime(v.startsAt);
  const rows: [string, ReactNode][] = [
    [t('changes.visit.when'), when],
    [t('changes.visit.matter'), v.matter.name],
    [t('changes.visit.category'), v.category.name],
    [t('changes.visit.status'), statusLabel(v.status)],
    [t('changes.visit.channel'), t(v.channel === 'PHONE' ? 'changes.visit.phone' : 'changes.visit.online')],
    [t('changes.visit.notice'), t(NOTICE[notice])],
  ];
  const done =
    q.zmiana === 'odwolana' && v.status === 'CANCELLED'
      ? t(CANCELLED[notice], { reference: v.reference })
      : q.zmiana === 'przeniesiona' && v.status === 'CONFIRMED'
        ? t(MOVED[notice], { when, reference: v.reference })
        : null;

  return (
    <>
      <p className="text-sm">
        <Link
          href={`/admin/lista?${new URLSearchParams({ biuro: v.office.slug, kategoria: v.category.slug, data: localDateOf(v.startsAt) })}`}
          className="text-brand underline"
        >
          {t('changes.visit.back')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('changes.visit.title', { reference: v.reference })}</h1>
      {done && (
        <Alert tone="success" className="mt-4 max-w-3xl">
          {done}
        </Alert>
      )}
      <VisitChangeDetails rows={rows} />
      {isChangeable(v, now) ? (
        <Changes visit={v} q={q} href={href} now={now} />
      ) : (
        !done && (
          <Alert tone="info" live={false} className="mt-6 max-w-3xl">
            {t('changes.visit.closed')}
          </Alert>
        )
      )}
    </>
  );
}

type Visit = NonNullable<Awaited<ReturnType<typeof findVisitForChange>>>;

async function Changes({
  visit: v,
  q,
  href,
  now,
}: {
  visit: Visit;
  q: ReturnType<typeof parseSearchParams<typeof QUERY>>;
  href: (p: Record<string, string>) => string;
  now: Date;
}) {
  const t = await getTranslations();
  const calendar = await loadCalendarMonth(v.categoryId, q.miesiac, now);
  const startsAt = q.czas ? new Date(q.czas) : null;
  const free = !!startsAt && isFreeTime(calendar, startsAt, v.startsAt);
  return (
    <>
      <section aria-labelledby="odwolaj" className="mt-8 max-w-xl">
        <h2 id="odwolaj" className="text-lg font-semibold">
          {t('changes.visit.cancelHeading')}
        </h2>
        <div className="mt-2">
          <VisitCancelForm
            action={cancelVisitForResidentAction}
            bookingId={v.id}
            label={t('changes.visit.reason')}
            submit={t('changes.visit.cancelSubmit')}
          />
        </div>
      </section>
      <section aria-labelledby="przenies" className="mt-8">
        <h2 id="przenies" className="text-lg font-semibold">
          {t('changes.visit.moveHeading')}
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t('changes.visit.moveIntro')}</p>
        {startsAt && free && (
          <div className="mt-4 max-w-xl">
            <VisitMoveForm
              action={moveVisitAction}
              bookingId={v.id}
              startsAt={startsAt}
              from={v.startsAt}
              submit={t('changes.visit.moveSubmit', { when: formatDateTime(startsAt) })}
            />
          </div>
        )}
        {startsAt && !free && (
          <Alert tone="error" className="mt-4 max-w-xl">
            {t('changes.visit.timeUnavailable')}
          </Alert>
        )}
        <ReschedulePicker
          calendar={calendar}
          selectedDate={startsAt ? localDateOf(startsAt) : q.dzien}
          current={v.startsAt}
          href={href}
          dayUnavailable={t('changes.visit.dayUnavailable')}
        />
      </section>
    </>
  );
}
