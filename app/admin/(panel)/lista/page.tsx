import type { Metadata } from 'next';
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

export const metadata: Metadata = { title: 'Lista przyjęć' };

const QUERY = { biuro: SEARCH.slug, kategoria: SEARCH.slug, data: SEARCH.date, szukaj: SEARCH.text(200) };

export default async function DayListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
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
      <h1 className="text-2xl font-bold">Lista przyjęć</h1>
      <p className="mt-1 text-slate-700">
        {scope.office.name} · {scope.category.name} · {dayLabel}
      </p>
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
            Wizyty: {total}
          </h2>
          {/* A full page load, not client navigation: the printed document then carries nothing
              of this page (whose data includes application numbers and any contact shown on
              request), not even in its script payload. */}
          <a href={`/admin/lista/druk?${new URLSearchParams(keep)}`} className="text-brand underline">
            Wersja do druku (bez danych osobowych)
          </a>
        </div>
        <ul aria-label="Liczba wizyt według statusu" className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
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
              caption={`Wizyty: ${scope.category.name}, ${dayLabel}`}
              changeVisitStatusAction={changeVisitStatusAction}
              revealContactAction={revealContactAction}
            />
          ) : (
            <p>Na ten dzień nie ma potwierdzonych wizyt w tej kategorii.</p>
          )}
        </div>
      </section>
    </>
  );
}
