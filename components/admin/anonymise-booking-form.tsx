import type { FormAction } from '@/lib/validation/form-state';
import { StaffForm } from '@/components/admin/staff-form';
import { formatLocalDate } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';

/**
 * For administrators, under a found booking: erase its personal data at the resident's request
 * (RODO art. 17). Once erased, says when instead.
 */
export function AnonymiseBookingForm({
  bookingId,
  anonymisedOn,
  anonymiseBookingAction,
}: {
  bookingId: string;
  anonymisedOn: string | null;
  anonymiseBookingAction: FormAction;
}) {
  const t = useTranslations();
  if (anonymisedOn)
    return (
      <p className="mt-3 text-slate-700">
        {t('retention.staff.deletedOn', { date: formatLocalDate(anonymisedOn) })}
      </p>
    );
  return (
    <details className="mt-3">
      <summary className="cursor-pointer font-medium text-red-800 underline">
        {t('retention.staff.formTitle')}
      </summary>
      <p className="mt-2 text-sm text-slate-700">{t('retention.staff.formHint')}</p>
      <StaffForm
        action={anonymiseBookingAction}
        idPrefix="usun-dane"
        submit={t('retention.staff.submit')}
        variant="danger"
        fields={[
          { name: 'bookingId', label: '', type: 'hidden', defaultValue: bookingId },
          {
            name: 'reason',
            label: t('retention.staff.reasonLabel'),
            type: 'text',
            autoComplete: 'off',
            required: true,
          },
        ]}
      />
    </details>
  );
}
