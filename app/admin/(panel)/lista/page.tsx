import type { Metadata } from 'next';
import { PanelTitle } from '@/components/admin/panel-section';
import { DayListFilters } from '@/components/admin/day-list-filters';
import { DayListSearch } from '@/components/admin/day-list-search';
import { DayListTable } from '@/components/admin/day-list-table';
import { formatLocalDate } from '@/lib/i18n/format';
import { listDayVisits } from '@/lib/server/visits/list-day-visits';
import { resolveDayListScope } from '@/lib/server/visits/resolve-day-list-scope';
import { findBooking, parseLookup } from '@/lib/server/booking/find-booking';
import { requireStaff } from '@/lib/server/staff/guard';
import { anonymiseBookingAction, changeVisitStatusAction, revealContactAction } from './actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.dayList.title') };
}

const QUERY = { biuro: SEARCH.slug, kategoria: SEARCH.slug, data: SEARCH.date, szukaj: SEARCH.text(200) };

export default async function DayListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations();
  const staff = await requireStaff();
  const q = parseSearchParams(QUERY, await searchParams);
  const now = new Date();
  const scope = await resolveDayListScope(staff, q, now);
  const { visits, counts } = await listDayVisits(
    staff,
    { officeId: scope.office.id, categoryId: scope.category.id, date: scope.date },
    now,
  );
  const query = q.szukaj?.trim() ?? '';
  const lookup = query ? parseLookup(query) : null;
  const found = lookup ? await findBooking(staff, lookup) : null;
  const keep = { biuro: scope.office.slug, kategoria: scope.category.slug, data: scope.date };
  const dayLabel = formatLocalDate(scope.date);
  const total = counts.reduce((n, c) => n + c.count, 0);

  return (
    <>
      <PanelTitle title={t('admin.dayList.title')}>
        {t('admin.dayList.scope', {
          office: scope.office.name,
          category: scope.category.name,
          day: dayLabel,
        })}
      </PanelTitle>
      <div className="mt-4">
        <DayListFilters
          offices={scope.offices}
          office={scope.office.slug}
          categories={scope.categories}
          category={scope.category.slug}
          date={scope.date}
          showOffice={staff.role === 'ADMIN'}
        />
      </div>
      <div className="mt-6">
        <DayListSearch
          keep={keep}
          query={query}
          canAnonymise={staff.role === 'ADMIN'}
          anonymiseBookingAction={anonymiseBookingAction}
          outcome={
            !query
              ? { kind: 'none' }
              : !lookup
                ? { kind: 'invalid' }
                : found
                  ? { kind: 'found', booking: found }
                  : { kind: 'not-found', ownOffice: staff.role !== 'ADMIN' }
          }
        />
      </div>
      <section aria-labelledby="wizyty-naglowek" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="wizyty-naglowek" className="text-xl font-semibold">
            {t('admin.dayList.visits', { count: String(total) })}
          </h2>
          {/* A full page load, not client navigation: the printed document then carries nothing
              of this page (whose data includes application numbers and any contact shown on
              request), not even in its script payload. */}
          <a href={`/admin/lista/druk?${new URLSearchParams(keep)}`} className="text-brand underline">
            {t('admin.dayList.printLink')}
          </a>
        </div>
        <ul
          aria-label={t('admin.dayList.countsLabel')}
          className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm"
        >
          {counts.map((c) => (
            <li key={c.status}>
              {c.label}: <strong>{c.count}</strong>
            </li>
          ))}
        </ul>
        <div className="mt-4">
          {visits.length ? (
            <DayListTable
              visits={visits}
              caption={t('admin.dayList.caption', { category: scope.category.name, day: dayLabel })}
              changeVisitStatusAction={changeVisitStatusAction}
              revealContactAction={revealContactAction}
            />
          ) : (
            <p>{t('admin.dayList.empty')}</p>
          )}
        </div>
      </section>
    </>
  );
}
