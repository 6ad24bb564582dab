import type { Metadata } from 'next';
import Link from 'next/link';
import { ScheduleClosureForm } from '@/components/admin/schedule-closure-form';
import { ScheduleClosures } from '@/components/admin/schedule-closures';
import { ScheduleHolidays } from '@/components/admin/schedule-holidays';
import { SchedulePicker } from '@/components/admin/schedule-picker';
import { ScheduleRulesForm } from '@/components/admin/schedule-rules-form';
import { StaffForm } from '@/components/admin/staff-form';
import { requireAdminPage, resolveOffice } from '@/lib/server/staff/guard';
import { HORIZON_MAX } from '@/lib/server/schedule/schedule-forms';
import { loadScheduleView } from '@/lib/server/schedule/load-schedule-view';
import { addClosureAction, removeClosureAction, saveHorizonAction, saveRulesAction } from './actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Harmonogramy' };

type Props = { searchParams: Promise<SearchParams> };
const QUERY = { biuro: SEARCH.slug, kategoria: SEARCH.slug };

export default async function SchedulePage({ searchParams }: Props) {
  const staff = await requireAdminPage();
  const q = parseSearchParams(QUERY, await searchParams);
  const { office, offices } = await resolveOffice(staff, q.biuro);
  const view = await loadScheduleView(office.id, q.kategoria, new Date());
  const c = view.category;

  return (
    <>
      <h1 className="text-2xl font-bold">Harmonogramy</h1>
      <p className="mt-1 text-slate-700">
        Godziny przyjęć, udostępnianie terminów i zamknięcia — osobno dla każdej kategorii. Zmiana, która
        usunęłaby zarezerwowane wizyty, nie zostanie zapisana bez Twojego potwierdzenia.
      </p>
      <SchedulePicker offices={offices} office={office.slug} categories={view.categories} current={c?.slug} />
      {!c ? (
        <p className="mt-6">To biuro nie ma jeszcze żadnej kategorii wizyt.</p>
      ) : (
        <>
          <p className="mt-6 text-lg">
            <span className="font-semibold">{c.name}</span> — {office.name} ·{' '}
            <Link href={`/rezerwacja/${office.slug}/${c.slug}`} className="text-brand underline">
              kalendarz dla mieszkańców
            </Link>
          </p>

          <section aria-labelledby="godziny" className="mt-6">
            <h2 id="godziny" className="text-xl font-semibold">
              Godziny przyjęć
            </h2>
            <p className="mt-1 text-slate-700">
              Każdy wiersz to blok otwarcia: w jednym dniu może być kilka (np. rano i po południu). Wizyty
              zaczynają się co tyle minut, ile trwa wizyta; „stanowiska” to liczba osób przyjmowanych w tym
              samym czasie. Daty „obowiązuje od/do” są nieobowiązkowe — puste znaczy „zawsze”.
            </p>
            <div className="mt-3">
              <ScheduleRulesForm
                key={c.id}
                action={saveRulesAction}
                categoryId={c.id}
                weekdays={c.weekdays}
                defaults={c.defaults}
              />
            </div>
          </section>

          <section aria-labelledby="udostepnianie" className="mt-10 max-w-xl">
            <h2 id="udostepnianie" className="text-xl font-semibold">
              Udostępnianie terminów
            </h2>
            <div className="mt-3">
              <StaffForm
                key={c.id}
                action={saveHorizonAction}
                submit="Zapisz"
                fields={[
                  { name: 'categoryId', label: 'Kategoria', type: 'hidden', defaultValue: c.id },
                  {
                    name: 'horizonDays',
                    label: 'Na ile dni naprzód udostępniać terminy',
                    type: 'number',
                    defaultValue: String(c.horizonDays),
                    hint: `Mieszkańcy widzą terminy od dziś do dziś + tyle dni (1–${HORIZON_MAX}). Skrócenie nie odwołuje już zarezerwowanych wizyt.`,
                  },
                ]}
              />
            </div>
          </section>

          <section aria-labelledby="zamkniecia" className="mt-10">
            <h2 id="zamkniecia" className="text-xl font-semibold">
              Zamknięcia
            </h2>
            <ScheduleClosures closures={c.closures} remove={removeClosureAction} />
            <h3 id="nowe-zamkniecie" className="mt-6 text-lg font-semibold">
              Dodaj zamknięcie
            </h3>
            <div className="mt-2 max-w-xl">
              <ScheduleClosureForm
                key={c.id}
                action={addClosureAction}
                labelledBy="nowe-zamkniecie"
                categoryId={c.id}
                categoryName={c.name}
                officeName={office.name}
              />
            </div>
          </section>

          <ScheduleHolidays holidays={view.holidays!} />
        </>
      )}
    </>
  );
}
