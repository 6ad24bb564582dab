import type { FormAction } from '@/lib/validation/form-state';
import { Table, THead, Td, Tr } from '@/components/ui/table';
import { formatDateTime } from '@/lib/i18n/format';
import { kindLabel } from '@/lib/i18n/outbox-text';
import { useTranslations } from '@/lib/i18n/server';
import { sayMessage } from '@/lib/i18n/translator';
import type { FailedMessage } from '@/lib/server/notify/list-failed-messages';
import { StaffForm } from './staff-form';

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
  const t = useTranslations();
  if (!rows.length) return <p className="mt-2">{t('admin.messages.none')}</p>;
  return (
    <Table caption={t('admin.messages.caption')} scroll>
      <THead
        columns={[
          t('admin.messages.message'),
          t('admin.messages.to'),
          t('admin.messages.when'),
          t('admin.messages.error'),
          t('admin.messages.action'),
        ]}
      />
      <tbody>
        {rows.map((m) => (
          <Tr key={m.id}>
            <Td>
              <strong>{kindLabel(m.template)}</strong> (
              {t(m.channel === 'SMS' ? 'admin.messages.channelSms' : 'admin.messages.channelEmail')})
              {m.reference && (
                <span className="block">{t('admin.messages.visit', { reference: m.reference })}</span>
              )}
              {m.subject && <span className="block text-slate-700">{m.subject}</span>}
            </Td>
            <Td className="break-all">{m.recipient}</Td>
            <Td>
              {formatDateTime(m.createdAt)}
              <span className="block text-slate-700">{formatDateTime(m.expiresAt)}</span>
            </Td>
            <Td className="max-w-xs break-words">
              {t('admin.messages.attempts', { error: m.lastError ?? '—', count: String(m.attempts) })}
            </Td>
            <Td className="space-y-2">
              {m.resend.ok ? (
                <MessageButton id={m.id} action={resendMessageAction} label={t('admin.messages.resend')} />
              ) : (
                <p className="max-w-xs text-slate-700">{sayMessage(t, { key: m.resend.reason })}</p>
              )}
              <MessageButton id={m.id} action={closeMessageAction} label={t('admin.messages.close')} quiet />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}

/** A one-button form on one message; ids prefixed per message, as the table repeats it. */
function MessageButton({
  id,
  action,
  label,
  quiet = false,
}: {
  id: string;
  action: FormAction;
  label: string;
  quiet?: boolean;
}) {
  return (
    <StaffForm
      action={action}
      fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: id }]}
      submit={label}
      variant={quiet ? 'secondary' : 'primary'}
      idPrefix={`${quiet ? 'z' : 'w'}-${id}`}
      compact
    />
  );
}
