import type { FormAction } from '@/lib/validation/form-state';
import { StaffForm } from './staff-form';

/** A new notice for the public pages: one office's booking pages or every office's. */
export function AnnouncementForm({
  offices,
  publishAnnouncementAction,
}: {
  offices: { id: string; name: string }[];
  publishAnnouncementAction: FormAction;
}) {
  return (
    <StaffForm
      action={publishAnnouncementAction}
      idPrefix="ogloszenie"
      submit="Opublikuj ogłoszenie"
      fields={[
        {
          name: 'text',
          label: 'Treść ogłoszenia',
          type: 'textarea',
          hint: 'Widoczna na stronie głównej i na stronach rezerwacji wybranego biura.',
        },
        {
          name: 'officeId',
          label: 'Gdzie pokazać',
          type: 'select',
          defaultValue: 'all',
          options: [
            { value: 'all', label: 'Wszystkie biura' },
            ...offices.map((o) => ({ value: o.id, label: o.name })),
          ],
        },
        {
          name: 'endsOn',
          label: 'Ostatni dzień wyświetlania (nieobowiązkowy)',
          type: 'date',
          hint: 'Bez daty ogłoszenie jest widoczne, dopóki go nie wyłączysz.',
        },
      ]}
    />
  );
}
