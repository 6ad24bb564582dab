import type { FormAction } from '@/lib/validation/form-state';
import { formatLocalDate } from '@/lib/i18n/format';
import { localDateOf } from '@/lib/domain/time';
import { StaffForm } from './staff-form';

type Row = {
  id: string;
  text: string;
  officeName: string | null;
  createdAt: Date;
  endsOn: string | null;
  state: 'on' | 'ended' | 'off';
  createdBy: string | null;
};

const STATE = { on: 'widoczne', ended: 'zakończone (minęła data)', off: 'wyłączone' } as const;

/** Published notices, newest first; an active one can be taken off the public pages. */
export function AnnouncementList({
  rows,
  deactivateAnnouncementAction,
}: {
  rows: Row[];
  deactivateAnnouncementAction: FormAction;
}) {
  if (!rows.length) return <p className="mt-2">Nie opublikowano jeszcze żadnego ogłoszenia.</p>;
  return (
    // Focusable so that the table can be scrolled sideways by keyboard on a narrow screen.
    <div className="mt-2 overflow-x-auto" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Ogłoszenia, od najnowszego</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-2 pr-3">
              Treść
            </th>
            <th scope="col" className="py-2 pr-3">
              Gdzie
            </th>
            <th scope="col" className="py-2 pr-3">
              Widoczne do
            </th>
            <th scope="col" className="py-2 pr-3">
              Stan
            </th>
            <th scope="col" className="py-2 pr-3">
              Opublikowano
            </th>
            <th scope="col" className="py-2">
              Działanie
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <td className="max-w-md py-2 pr-3 whitespace-pre-line">{r.text}</td>
              <td className="py-2 pr-3">{r.officeName ?? 'wszystkie biura'}</td>
              <td className="py-2 pr-3">{r.endsOn ? formatLocalDate(r.endsOn) : 'bez daty końcowej'}</td>
              <td className="py-2 pr-3">{STATE[r.state]}</td>
              <td className="py-2 pr-3">
                {formatLocalDate(localDateOf(r.createdAt))}
                {r.createdBy && <span className="block text-slate-700">{r.createdBy}</span>}
              </td>
              <td className="py-2">
                {r.state === 'on' && (
                  <StaffForm
                    action={deactivateAnnouncementAction}
                    fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: r.id }]}
                    submit="Wyłącz"
                    variant="secondary"
                    compact
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
