import { StaffForm } from '@/components/admin/staff-form';
import { formatLocalDate } from '@/lib/i18n/format';
import type { FormState } from '@/lib/validation/form-state';

type Closure = { id: string; officeWide: boolean; from: string; to: string; reason: string };

/** Current and coming closures of the category and of its whole office, each removable. */
export function ScheduleClosures({
  closures,
  remove,
}: {
  closures: Closure[];
  remove: (p: FormState, formData: FormData) => Promise<FormState>;
}) {
  if (!closures.length)
    return (
      <p className="mt-2 text-slate-700">
        Brak zaplanowanych zamknięć (poza świętami, które obowiązują same).
      </p>
    );
  return (
    <div className="relative mt-2 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Zaplanowane zamknięcia</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2">
              Dni
            </th>
            <th scope="col" className="p-2">
              Dotyczy
            </th>
            <th scope="col" className="p-2">
              Powód
            </th>
            <th scope="col" className="p-2">
              <span className="sr-only">Czynności</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {closures.map((c) => (
            <tr key={c.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-medium">
                {c.from === c.to
                  ? formatLocalDate(c.from)
                  : `${formatLocalDate(c.from)} – ${formatLocalDate(c.to)}`}
              </th>
              <td className="p-2">{c.officeWide ? 'całe biuro' : 'ta kategoria'}</td>
              <td className="p-2">{c.reason}</td>
              <td className="p-2">
                <StaffForm
                  action={remove}
                  compact
                  variant="secondary"
                  submit="Usuń zamknięcie"
                  fields={[{ name: 'closureId', label: 'Zamknięcie', type: 'hidden', defaultValue: c.id }]}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
