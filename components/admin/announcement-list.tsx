import type { FormAction } from '@/lib/validation/form-state';
import { Table, THead, Td, Tr } from '@/components/ui/table';
import { formatDate, formatLocalDate } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
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

/** Published notices, newest first; an active one can be taken off the public pages. */
export function AnnouncementList({
  rows,
  deactivateAnnouncementAction,
}: {
  rows: Row[];
  deactivateAnnouncementAction: FormAction;
}) {
  const t = useTranslations();
  if (!rows.length) return <p className="mt-2">{t('admin.announcements.none')}</p>;
  return (
    <Table caption={t('admin.announcements.caption')} scroll>
      <THead
        columns={[
          t('admin.announcements.colText'),
          t('admin.announcements.colWhere'),
          t('admin.announcements.colUntil'),
          t('admin.announcements.colState'),
          t('admin.announcements.colPublished'),
          t('admin.announcements.colAction'),
        ]}
      />
      <tbody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td className="max-w-md whitespace-pre-line">{r.text}</Td>
            <Td>{r.officeName ?? t('admin.announcements.everyOffice')}</Td>
            <Td>{r.endsOn ? formatLocalDate(r.endsOn) : t('admin.announcements.noEnd')}</Td>
            <Td>{t(`admin.announcements.state.${r.state}`)}</Td>
            <Td>
              {formatDate(r.createdAt)}
              {r.createdBy && <span className="block text-slate-700">{r.createdBy}</span>}
            </Td>
            <Td>
              {r.state === 'on' && (
                <StaffForm
                  action={deactivateAnnouncementAction}
                  fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: r.id }]}
                  submit={t('admin.announcements.deactivate')}
                  variant="secondary"
                  compact
                />
              )}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
