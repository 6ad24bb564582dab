import type { FormAction } from '@/lib/validation/form-state';
import { StaffForm } from '@/components/admin/staff-form';
import type { NoShowRule } from '@/lib/domain/no-show';

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
  return (
    <StaffForm
      key={officeId}
      action={addBlockAction}
      idPrefix="blokada"
      submit="Dodaj blokadę"
      fields={[
        { name: 'officeId', label: '', type: 'hidden', defaultValue: officeId },
        { name: 'email', label: 'Adres e-mail', type: 'email', autoComplete: 'off' },
        {
          name: 'phone',
          label: 'Numer telefonu',
          type: 'tel',
          autoComplete: 'off',
          hint: 'Podaj adres, numer albo oba — każdy zostanie zablokowany osobno.',
        },
        {
          name: 'reason',
          label: 'Powód',
          type: 'textarea',
          rows: 2,
          hint: 'Zostanie wysłany na blokowany adres e-mail razem z datą końca blokady.',
        },
        { name: 'endsOn', label: 'Blokada do dnia (włącznie)', type: 'date', defaultValue: defaultEnd },
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
  return (
    <StaffForm
      key={officeId}
      action={updateNoShowRuleAction}
      idPrefix="zasada"
      compact
      submit="Zapisz zasadę"
      fields={[
        { name: 'officeId', label: '', type: 'hidden', defaultValue: officeId },
        {
          name: 'limit',
          label: 'Liczba nieobecności',
          type: 'number',
          defaultValue: String(rule.limit),
          inline: true,
        },
        {
          name: 'windowDays',
          label: 'W ciągu (dni)',
          type: 'number',
          defaultValue: String(rule.windowDays),
          inline: true,
        },
        {
          name: 'blockDays',
          label: 'Blokada na (dni)',
          type: 'number',
          defaultValue: String(rule.blockDays),
          inline: true,
        },
      ]}
    />
  );
}
