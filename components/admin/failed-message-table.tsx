import type { FormAction } from '@/lib/validation/form-state';
import { formatLocalDate, formatTime } from '@/lib/i18n/format';
import { localDateOf } from '@/lib/domain/time';
import { kindLabel } from '@/lib/i18n/outbox-text';
import { t } from '@/lib/i18n/t';
import type { FailedMessage } from '@/lib/server/notify/list-failed-messages';
import { StaffForm } from './staff-form';

const at = (d: Date) => `${formatLocalDate(localDateOf(d))}, ${formatTime(d)}`;

/** Messages given up, newest first, each with "send again" (where possible) and "close". */
export function FailedMessageTable({
  rows,
  resendMessageAction,
  closeMessageAction,
}: {
  rows: FailedMessage[];
  resendMessageAction: FormAction;
  closeMessageAction: FormAction;
}) {
  if (!rows.length) return <p className="mt-2">Wszystkie wiadomości zostały wysłane.</p>;
  return (
    // Focusable so that the table can be scrolled sideways by keyboard on a narrow screen.
    <div className="mt-2 overflow-x-auto" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Niewysłane wiadomości, od najnowszej</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-2 pr-3">
              Wiadomość
            </th>
            <th scope="col" className="py-2 pr-3">
              Do
            </th>
            <th scope="col" className="py-2 pr-3">
              Zlecona / ważna do
            </th>
            <th scope="col" className="py-2 pr-3">
              Błąd
            </th>
            <th scope="col" className="py-2">
              Działanie
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3">
                <strong>{kindLabel(m.template)}</strong> ({m.channel === 'SMS' ? 'SMS' : 'e-mail'})
                {m.reference && <span className="block">Wizyta {m.reference}</span>}
                {m.subject && <span className="block text-slate-700">{m.subject}</span>}
              </td>
              <td className="py-2 pr-3 break-all">{m.recipient}</td>
              <td className="py-2 pr-3">
                {at(m.createdAt)}
                <span className="block text-slate-700">{at(m.expiresAt)}</span>
              </td>
              <td className="max-w-xs py-2 pr-3 break-words">
                {m.lastError ?? '—'} (prób: {m.attempts})
              </td>
              <td className="space-y-2 py-2">
                {m.resend.ok ? (
                  <StaffForm
                    action={resendMessageAction}
                    fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: m.id }]}
                    submit="Wyślij ponownie"
                    idPrefix={`w-${m.id}`}
                    compact
                  />
                ) : (
                  <p className="max-w-xs text-slate-700">{t(m.resend.reason)}</p>
                )}
                <StaffForm
                  action={closeMessageAction}
                  fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: m.id }]}
                  submit="Zamknij"
                  variant="secondary"
                  idPrefix={`z-${m.id}`}
                  compact
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
