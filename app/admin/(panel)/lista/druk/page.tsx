import type { Metadata } from 'next';
import Link from 'next/link';
import { DayListPrintButton } from '@/components/admin/day-list-print-button';
import { formatLocalDate } from '@/lib/i18n/format';
import { listPrintableVisits } from '@/lib/server/visits/list-printable-visits';
import { resolveDayListScope } from '@/lib/server/visits/resolve-day-list-scope';
import { requireStaff } from '@/lib/server/staff/guard';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.dayList.print.title') };
}

const QUERY = { biuro: SEARCH.slug, kategoria: SEARCH.slug, data: SEARCH.date };

// A4 with margins; the panel's header is already hidden in print, this page's controls too.
const PRINT_CSS = '@page { size: A4 portrait; margin: 15mm; }';

/**
 * The list that hangs next to the counter: time and identifier only (the regulations promise
 * residents their identifier on "the list of visits"; nothing else about them may be public).
 */
export default async function DayListPrintPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations();
  const staff = await requireStaff();
  const scope = await resolveDayListScope(staff, parseSearchParams(QUERY, await searchParams), new Date());
  const visits = await listPrintableVisits(staff, {
    officeId: scope.office.id,
    categoryId: scope.category.id,
    date: scope.date,
  });
  const back = `/admin/lista?${new URLSearchParams({ biuro: scope.office.slug, kategoria: scope.category.slug, data: scope.date })}`;
  return (
    <div className="mx-auto max-w-[180mm] print:max-w-none">
      <style>{PRINT_CSS}</style>
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <DayListPrintButton label={t('admin.dayList.print.print')} />
        <Link href={back} className="text-brand underline">
          {t('admin.dayList.print.back')}
        </Link>
        <p className="w-full text-sm text-slate-700">{t('admin.dayList.print.note')}</p>
      </div>
      <h1 className="text-2xl font-bold">{t('admin.dayList.title')}</h1>
      <p className="mt-1 text-lg">
        {scope.office.name} — {scope.category.name}
        <br />
        {formatLocalDate(scope.date)}
      </p>
      {visits.length ? (
        <table className="mt-6 w-full border-collapse text-xl">
          <caption className="sr-only">{t('admin.dayList.print.caption')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-900 text-left">
              <th scope="col" className="py-2 pr-6">
                {t('admin.words.time')}
              </th>
              <th scope="col" className="py-2">
                {t('admin.dayList.print.reference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {visits.map((v) => (
              <tr key={v.reference} className="break-inside-avoid border-b border-slate-400">
                <td className="py-2 pr-6 font-mono">{v.time}</td>
                <td className="py-2 font-mono font-semibold tracking-wider">{v.reference}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-6">{t('admin.dayList.print.empty')}</p>
      )}
    </div>
  );
}
