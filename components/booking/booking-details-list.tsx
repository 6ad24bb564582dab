import { formatLongStamp } from '@/lib/i18n/format';
import type { BookingView } from '@/lib/server/booking/get-booking-by-token';

const STATUS: Record<string, string> = {
  HELD: 'oczekuje na potwierdzenie kodem',
  CONFIRMED: 'potwierdzona',
  CHECKED_IN: 'zgłoszono się w urzędzie',
  SERVED: 'załatwiona',
  CANCELLED: 'odwołana',
  EXPIRED: 'wygasła (niepotwierdzona)',
  NO_SHOW: 'niestawiennictwo',
};

/** Everything stored about the booking: the resident's right of access. */
export function BookingDetailsList({ booking: b, when }: { booking: BookingView; when: string }) {
  const rows: [string, string | null | undefined][] = [
    ['Status', STATUS[b.status] ?? b.status],
    ['Sprawa', `${b.matter.name} (${b.category.name})`],
    ['Termin', when],
    ['Urząd', `${b.office.name}, ${b.office.address}, ${b.office.postalCode} ${b.office.city}`],
    ['E-mail', b.email],
    ['Telefon', b.phone ? `${b.phone}${b.smsOptIn ? ' (powiadomienia SMS)' : ''}` : '—'],
    ['Numer wniosku o dowód osobisty', b.idApplicationNumber],
    ['Identyfikator wizyty', b.status === 'HELD' ? null : b.reference],
    ['Sposób rezerwacji', b.channel === 'PHONE' ? 'telefonicznie' : 'przez internet'],
    [
      'Zaakceptowany regulamin',
      b.regulations
        ? `wersja ${b.regulations.version}, ${b.regulationsAcceptedAt ? formatLongStamp(b.regulationsAcceptedAt) : ''}`
        : null,
    ],
    ['Utworzono', formatLongStamp(b.createdAt)],
  ];
  return (
    <section aria-labelledby="dane-rezerwacji" className="mt-8">
      <h2 id="dane-rezerwacji" className="font-semibold">
        Dane zapisane w rezerwacji
      </h2>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-sm text-slate-700">{k}</dt>
              <dd className="break-all">{v}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
