import type { FormAction } from '@/lib/validation/form-state';
import { StaffForm } from '@/components/admin/staff-form';
import { localDateOf } from '@/lib/domain/time';
import { formatTime } from '@/lib/i18n/format';
import type { BlockRow } from '@/lib/server/blocks/list-active-blocks';

const when = (d: Date) => `${localDateOf(d)} ${formatTime(d)}`;

/**
 * Blocks in force, with the contact in full: only administrators see this page, and they need
 * the exact address or number to answer a resident who calls about it.
 */
export function BlockTable({
  blocks,
  caption,
  liftBlockAction,
}: {
  blocks: BlockRow[];
  caption: string;
  liftBlockAction: FormAction;
}) {
  if (!blocks.length) return <p>W tym biurze nie ma aktywnych blokad.</p>;
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[56rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400 text-left">
            <th scope="col" className="py-2 pr-3">
              Kontakt
            </th>
            <th scope="col" className="py-2 pr-3">
              Źródło i powód
            </th>
            <th scope="col" className="py-2 pr-3">
              Od
            </th>
            <th scope="col" className="py-2 pr-3">
              Do
            </th>
            <th scope="col" className="py-2">
              Zdejmij blokadę
            </th>
          </tr>
        </thead>
        <tbody>
          {blocks.map((b) => (
            <tr key={b.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                <span className="block text-slate-700">{b.kind === 'EMAIL' ? 'e-mail' : 'telefon'}</span>
                <span className="font-medium break-all">{b.value}</span>
              </th>
              <td className="py-2 pr-3">
                <span className="block font-medium">
                  {b.source === 'NO_SHOW_RULE' ? 'zasada nieobecności' : 'dodana ręcznie'}
                </span>
                {b.reason}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{when(b.startsAt)}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{when(b.endsAt)}</td>
              <td className="py-2">
                <StaffForm
                  action={liftBlockAction}
                  compact
                  idPrefix={`zdejmij-${b.id}`}
                  submit="Zdejmij"
                  variant="secondary"
                  fields={[
                    { name: 'blockId', label: '', type: 'hidden', defaultValue: b.id },
                    { name: 'liftReason', label: `Powód zdjęcia (${b.value})`, inline: true },
                  ]}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
