import type { Impact } from '@/lib/validation/form-state';
import { ScheduleField } from './schedule-field';

/**
 * The bookings a refused change would drop, and the one way to go on: the same form posted again
 * with `confirm=1`, the ids shown here (re-checked on the server) and a reason for the residents.
 * It sits after the form's own save button, so Enter in a field never cancels anything.
 */
export function ScheduleImpact({
  idPrefix,
  impact: { rows, confirmLabel },
  reason,
  reasonErrors,
}: {
  idPrefix: string;
  impact: Impact;
  reason?: string;
  reasonErrors?: string[];
}) {
  const headingId = `${idPrefix}-impact`;
  return (
    <section aria-labelledby={headingId} className="mt-6 rounded-md border-2 border-red-800 bg-red-50 p-4">
      <h3 id={headingId} className="text-lg font-semibold text-red-900">
        Zmiana dotyczy zarezerwowanych wizyt: {rows.length}
      </h3>
      <p className="mt-1">
        Tych terminów po zmianie nie będzie albo zabraknie dla nich stanowisk. Możesz zmienić ustawienia albo
        zapisać zmianę i odwołać te wizyty — każdy mieszkaniec z adresem e-mail dostanie wiadomość z powodem i
        informacją, jak umówić się ponownie. Osoby bez adresu e-mail trzeba powiadomić telefonicznie.
      </p>
      <div
        role="region"
        aria-label="Wizyty do odwołania"
        tabIndex={0}
        className="relative mt-3 overflow-x-auto"
      >
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Wizyty, które zostaną odwołane</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2">
                Termin
              </th>
              <th scope="col" className="p-2">
                Identyfikator
              </th>
              <th scope="col" className="p-2">
                Sprawa
              </th>
              <th scope="col" className="p-2">
                Powiadomienie
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <td className="p-2">
                  <time dateTime={r.startsAt}>{r.when}</time>
                  {r.held && <span className="block text-slate-700">(czeka na potwierdzenie kodem)</span>}
                </td>
                <th scope="row" className="p-2 font-mono font-semibold">
                  {r.reference}
                </th>
                <td className="p-2">
                  {r.matter}
                  <span className="block text-slate-700">{r.category}</span>
                </td>
                <td className="p-2">
                  {r.byEmail ? 'e-mail z powodem' : `brak e-maila — zadzwoń: ${r.phone ?? 'brak telefonu'}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <input type="hidden" name="expected" value={rows.map((r) => r.id).join(',')} />
      <div className="mt-4 max-w-xl">
        <ScheduleField
          id={`${idPrefix}-cancelReason`}
          name="cancelReason"
          type="textarea"
          label="Powód odwołania wizyt"
          hint="Trafi do e-maila do mieszkańców, np. „szkolenie pracowników — wydział nieczynny”."
          value={reason}
          errors={reasonErrors}
        />
      </div>
      <button
        type="submit"
        name="confirm"
        value="1"
        className="mt-4 rounded-md bg-red-800 px-5 py-2 font-semibold text-white hover:bg-red-900"
      >
        {confirmLabel}
      </button>
    </section>
  );
}
