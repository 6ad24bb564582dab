import type { FormAction } from '@/lib/validation/form-state';
import { StaffForm } from '@/components/admin/staff-form';
import type { NoShowRule } from '@/lib/domain/no-show';
import { useTranslations } from '@/lib/i18n/server';

/** An administrator blocks an e-mail address and/or a phone number by hand. */
export function AddBlockForm({
  officeId,
  defaultEnd,
  addBlockAction,
}: {
  officeId: string;
  defaultEnd: string;
  addBlockAction: FormAction;
}) {
  const t = useTranslations();
  return (
    <StaffForm
      key={officeId}
      action={addBlockAction}
      idPrefix="blokada"
      submit={t('admin.blocks.add')}
      fields={[
        { name: 'officeId', label: '', type: 'hidden', defaultValue: officeId },
        { name: 'email', label: t('admin.blocks.email'), type: 'email', autoComplete: 'off' },
        {
          name: 'phone',
          label: t('admin.blocks.phone'),
          type: 'tel',
          autoComplete: 'off',
          hint: t('admin.blocks.phoneHint'),
        },
        {
          name: 'reason',
          label: t('admin.words.reason'),
          type: 'textarea',
          rows: 2,
          hint: t('admin.blocks.reasonHint'),
        },
        { name: 'endsOn', label: t('admin.blocks.endsOn'), type: 'date', defaultValue: defaultEnd },
      ]}
    />
  );
}

/** The office's no-show rule: `limit` no-shows within `windowDays` block for `blockDays`. */
export function NoShowRuleForm({
  officeId,
  rule,
  updateNoShowRuleAction,
}: {
  officeId: string;
  rule: NoShowRule;
  updateNoShowRuleAction: FormAction;
}) {
  const t = useTranslations();
  return (
    <StaffForm
      key={officeId}
      action={updateNoShowRuleAction}
      idPrefix="zasada"
      compact
      submit={t('admin.blocks.saveRule')}
      fields={[
        { name: 'officeId', label: '', type: 'hidden', defaultValue: officeId },
        {
          name: 'limit',
          label: t('admin.blocks.limit'),
          type: 'number',
          defaultValue: String(rule.limit),
          inline: true,
        },
        {
          name: 'windowDays',
          label: t('admin.blocks.windowDays'),
          type: 'number',
          defaultValue: String(rule.windowDays),
          inline: true,
        },
        {
          name: 'blockDays',
          label: t('admin.blocks.blockDays'),
          type: 'number',
          defaultValue: String(rule.blockDays),
          inline: true,
        },
      ]}
    />
  );
}
