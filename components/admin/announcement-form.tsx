import { useTranslations } from '@/lib/i18n/server';
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
  const t = useTranslations();
  return (
    <StaffForm
      action={publishAnnouncementAction}
      idPrefix="ogloszenie"
      submit={t('admin.announcements.submit')}
      fields={[
        {
          name: 'text',
          label: t('admin.announcements.text'),
          type: 'textarea',
          hint: t('admin.announcements.textHint'),
        },
        {
          name: 'officeId',
          label: t('admin.announcements.where'),
          type: 'select',
          defaultValue: 'all',
          options: [
            { value: 'all', label: t('admin.announcements.allOffices') },
            ...offices.map((o) => ({ value: o.id, label: o.name })),
          ],
        },
        {
          name: 'endsOn',
          label: t('admin.announcements.endsOn'),
          type: 'date',
          hint: t('admin.announcements.endsOnHint'),
        },
      ]}
    />
  );
}
