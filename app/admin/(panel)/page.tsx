import { say } from '@/lib/i18n/t';
import type { Metadata } from 'next';
import { LoadChart } from '@/components/admin/load-chart';
import { OfficePicker } from '@/components/admin/office-picker';
import { formatPercent, noShowRate } from '@/lib/domain/overview';
import { formatLocalDate, formatShortDate } from '@/lib/i18n/format';
import { requireStaff, resolveOffice } from '@/lib/server/staff/guard';
import { loadOfficeOverview } from '@/lib/server/visits/load-office-overview';
import { EXPORT_ERRORS, defaultExportRange } from '@/lib/validation/export';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { z } from 'zod';

export const metadata: Metadata = { title: 'Przegląd' };

const QUERY = {
  biuro: SEARCH.slug,
  brak: SEARCH.flag('uprawnien'),
  eksport: z.enum(Object.keys(EXPORT_ERRORS) as [string, ...string[]]),
};

const STATUS_NOTE: Record<string, string> = {
  closed: 'nieczynne',
  holiday: 'święto',
  'not-released': 'nieudostępnione',
  past: '',
  open: '',
};

export default async function AdminHome({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requireStaff();
  const sp = parseSearchParams(QUERY, await searchParams);
  const { office, offices } = await resolveOffice(staff, sp.biuro);
  const now = new Date();
  const overview = await loadOfficeOverview(office.id, now);
  const range = defaultExportRange(now);
  const exportError = sp.eksport && say(EXPORT_ERRORS[sp.eksport]!);
  return (
    <>
      {sp.brak === 'uprawnien' && (
        <p role="alert" className="mb-4 rounded-md bg-amber-100 p-3 font-medium">
          Ta strona jest dostępna tylko dla administratora.
        </p>
      )}
      <h1 className="text-2xl font-bold">Przegląd — {office.name}</h1>
      <p className="mt-1 text-slate-700">
        Obłożenie od {formatLocalDate(overview.from)} do {formatLocalDate(overview.to)}.
      </p>
      <div className="mt-4">
        <OfficePicker offices={offices} current={office.slug} />
      </div>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        {overview.categories.map((c) => {
          const rate = noShowRate(c.attendance);
          return (
            <section
              key={c.id}
              aria-labelledby={`kat-${c.id}`}
              className="min-w-0 rounded-lg border border-slate-300 p-4"
            >
              <h2 id={`kat-${c.id}`} className="text-lg font-semibold">
                {c.name}
                {c.phoneOnly && <span className="ml-2 text-sm font-normal">(tylko telefonicznie)</span>}
              </h2>
              <p className="mt-1 text-sm">
                Nieobecności w ostatnich 30 dniach: <strong>{formatPercent(rate)}</strong> (
                {c.attendance.noShow} z {c.attendance.noShow + c.attendance.attended} oznaczonych wizyt
                {c.attendance.unmarked ? `; nieoznaczone: ${c.attendance.unmarked}` : ''})
              </p>
              <div className="mt-3">
                <LoadChart title={c.name} days={c.days} />
              </div>
              <table className="w-full text-sm">
                <caption className="sr-only">{c.name}: obłożenie dni</caption>
                <thead>
                  <tr className="border-b text-left">
                    <th scope="col">Dzień</th>
                    <th scope="col" className="text-right">
                      Miejsca
                    </th>
                    <th scope="col" className="text-right">
                      Zarezerwowane
                    </th>
                    <th scope="col" className="text-right">
                      Wolne teraz
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.days.map((d) => (
                    <tr key={d.date} className="border-b border-slate-200">
                      <th scope="row" className="py-1 text-left font-normal">
                        {formatShortDate(d.date)}
                        {STATUS_NOTE[d.status] && (
                          <span className="text-slate-700"> — {STATUS_NOTE[d.status]}</span>
                        )}
                      </th>
                      <td className="text-right">{d.capacity}</td>
                      <td className="text-right">{d.booked}</td>
                      <td className="text-right">{d.free}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
      </div>
      <section aria-labelledby="eksport" className="mt-10 max-w-xl">
        <h2 id="eksport" className="text-lg font-semibold">
          Eksport rezerwacji (CSV)
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Plik dla arkusza kalkulacyjnego: termin, identyfikator, kategoria, sprawa, status, sposób
          rezerwacji. Bez danych kontaktowych mieszkańców.
        </p>
        {exportError && (
          <p role="alert" className="mt-2 font-medium text-red-800">
            {exportError}
          </p>
        )}
        <form method="get" action="/admin/eksport" className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="biuro" value={office.slug} />
          <div>
            <label htmlFor="od" className="block font-medium">
              Od dnia
            </label>
            <input
              id="od"
              name="od"
              type="date"
              defaultValue={range.from}
              className="mt-1 rounded-md border border-slate-500 px-3 py-2"
            />
          </div>
          <div>
            <label htmlFor="do" className="block font-medium">
              Do dnia
            </label>
            <input
              id="do"
              name="do"
              type="date"
              defaultValue={range.to}
              className="mt-1 rounded-md border border-slate-500 px-3 py-2"
            />
          </div>
          <button type="submit" className="bg-brand rounded-md px-5 py-2 font-semibold text-white">
            Pobierz CSV
          </button>
        </form>
      </section>
    </>
  );
}
