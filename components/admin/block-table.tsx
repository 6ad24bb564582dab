import type { FormAction } from '@/lib/validation/form-state';
import { StaffForm } from '@/components/admin/staff-form';
import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import { formatDateTime } from '@/lib/i18n/format';
import { blockReasonText } from '@/lib/i18n/reasons';
import { useTranslations } from '@/lib/i18n/server';
import type { BlockRow } from '@/lib/server/blocks/list-active-blocks';

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
  const t = useTranslations();
  if (!blocks.length) return <p>{t('admin.blocks.none')}</p>;
  return (
    <Table caption={caption} scroll={caption} className="" tableClassName="min-w-[56rem]">
      <THead
        columns={[
          t('admin.words.contact'),
          t('admin.blocks.source'),
          t('admin.blocks.from'),
          t('admin.blocks.to'),
          t('admin.blocks.liftColumn'),
        ]}
      />
      <tbody>
        {blocks.map((b) => (
          <Tr key={b.id}>
            <Th scope="row" className="font-normal">
              <span className="block text-slate-700">
                {t(b.kind === 'EMAIL' ? 'admin.blocks.kindEmail' : 'admin.blocks.kindPhone')}
              </span>
              <span className="font-medium break-all">{b.value}</span>
            </Th>
            <Td>
              <span className="block font-medium">
                {t(b.source === 'NO_SHOW_RULE' ? 'admin.blocks.byRule' : 'admin.blocks.byHand')}
              </span>
              {blockReasonText(t, b.reason)}
            </Td>
            <Td className="whitespace-nowrap">{formatDateTime(b.startsAt)}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(b.endsAt)}</Td>
            <Td>
              <StaffForm
                action={liftBlockAction}
                compact
                idPrefix={`zdejmij-${b.id}`}
                submit={t('admin.blocks.lift')}
                variant="secondary"
                fields={[
                  { name: 'blockId', label: '', type: 'hidden', defaultValue: b.id },
                  {
                    name: 'liftReason',
                    label: t('admin.blocks.liftReason', { contact: b.value }),
                    inline: true,
                  },
                ]}
              />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
