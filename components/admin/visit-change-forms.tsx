import { StaffForm } from '@/components/admin/staff-form';
import type { FormAction } from '@/lib/validation/form-state';

/** "Odwołaj na prośbę mieszkańca": the reason (sent to the resident) and the button. */
export function VisitCancelForm({
  action,
  bookingId,
  label,
  submit,
}: {
  action: FormAction;
  bookingId: string;
  label: string;
  submit: string;
}) {
  return (
    <StaffForm
      action={action}
      idPrefix="odwolanie"
      variant="danger"
      submit={submit}
      fields={[
        { name: 'bookingId', label: '', type: 'hidden', defaultValue: bookingId },
        { name: 'reason', label, type: 'textarea', rows: 2, required: true },
      ]}
    />
  );
}

/** "Przenieś na …": the chosen time and the time the clerk saw travel in hidden fields. */
export function VisitMoveForm({
  action,
  bookingId,
  startsAt,
  from,
  submit,
}: {
  action: FormAction;
  bookingId: string;
  startsAt: Date;
  from: Date;
  submit: string;
}) {
  return (
    <StaffForm
      action={action}
      idPrefix="przeniesienie"
      submit={submit}
      fields={[
        { name: 'bookingId', label: '', type: 'hidden', defaultValue: bookingId },
        { name: 'startsAt', label: '', type: 'hidden', defaultValue: startsAt.toISOString() },
        { name: 'from', label: '', type: 'hidden', defaultValue: from.toISOString() },
      ]}
    />
  );
}
