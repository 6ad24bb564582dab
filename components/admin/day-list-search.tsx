import Link from 'next/link';
import { AnonymiseBookingForm } from '@/components/admin/anonymise-booking-form';
import type { FoundBooking } from '@/lib/server/booking/find-booking';
import type { FormAction } from '@/lib/validation/form-state';

/**
 * "Sprawdź potwierdzenie": a GET form (works without JavaScript, the result can be reloaded) and
 * what it found. The list's own choice travels along so the list stays as it was.
 */
export function DayListSearch({
  keep,
  query,
  outcome,
  canAnonymise = false,
  anonymiseBookingAction,
}: {
  keep: Record<string, string>;
  query: string;
  /** Administrators may erase a found booking's personal data at the resident's request. */
  canAnonymise?: boolean;
  anonymiseBookingAction: FormAction;
  outcome:
    | { kind: 'none' }
    | { kind: 'invalid' }
    | { kind: 'not-found'; ownOffice: boolean }
    | { kind: 'found'; booking: FoundBooking };
}) {
  return (
    <section
      aria-labelledby="szukaj-naglowek"
      className="rounded-lg border border-slate-300 p-4 print:hidden"
    >
      <h2 id="szukaj-naglowek" className="text-lg font-semibold">
        Sprawdź potwierdzenie
      </h2>
      <form method="get" className="mt-2 flex flex-wrap items-end gap-3">
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <div className="min-w-[14rem] flex-1">
          <label htmlFor="szukaj" className="block font-medium">
            Identyfikator wizyty lub kod do biletomatu
          </label>
          <p id="szukaj-podpowiedz" className="text-sm text-slate-700">
            Np. W-7K3MQX (wielkość liter i myślnik bez znaczenia) albo 8 cyfr.
          </p>
          <input
            id="szukaj"
            type="search"
            name="szukaj"
            defaultValue={query}
            aria-describedby="szukaj-podpowiedz"
            autoComplete="off"
            className="mt-1 w-full rounded-md border border-slate-500 bg-white px-3 py-2"
          />
        </div>
        <button type="submit" className="border-brand text-brand rounded-md border px-5 py-2 font-semibold">
          Szukaj
        </button>
      </form>
      <div role="status" className="mt-3 empty:hidden">
        {outcome.kind === 'invalid' && (
          <p className="font-medium text-red-800">
            Wpisz identyfikator wizyty (litera, myślnik i 6 znaków, np. W-7K3MQX) albo 8-cyfrowy kod do
            biletomatu.
          </p>
        )}
        {outcome.kind === 'not-found' && (
          <p className="font-medium text-red-800">
            Nie znaleziono potwierdzonej rezerwacji „{query}”{outcome.ownOffice ? ' w Twoim biurze' : ''}.
          </p>
        )}
        {outcome.kind === 'found' && <FoundCard b={outcome.booking} />}
      </div>
      {outcome.kind === 'found' && canAnonymise && (
        <AnonymiseBookingForm
          bookingId={outcome.booking.id}
          anonymisedOn={outcome.booking.anonymisedOn}
          anonymiseBookingAction={anonymiseBookingAction}
        />
      )}
    </section>
  );
}

function FoundCard({ b }: { b: FoundBooking }) {
  const rows: [string, string][] = [
    ['Identyfikator', b.reference],
    ['Dzień', b.dateLabel],
    ['Godzina', b.time],
    ['Biuro', b.office.name],
    ['Kategoria', b.category.name],
    ['Sprawa', b.matter],
    ['Status', b.status],
    ['Rezerwacja', b.channel === 'PHONE' ? 'telefoniczna' : 'internetowa'],
  ];
  const list = `/admin/lista?${new URLSearchParams({ biuro: b.office.slug, kategoria: b.category.slug, data: b.date })}`;
  return (
    <div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">
        <Link href={list} className="text-brand underline">
          Pokaż na liście przyjęć tego dnia
        </Link>
      </p>
    </div>
  );
}
