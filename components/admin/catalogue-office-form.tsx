import { useTranslations } from '@/lib/i18n/server';
import type { FormAction } from '@/lib/validation/form-state';
import { StaffForm } from './staff-form';

type Office = {
  id: string;
  name: string;
  shortName: string;
  address: string;
  postalCode: string;
  bookingPhone: string;
};

/** An office's details as residents read them on every public page. */
export function CatalogueOfficeForm({ office, action }: { office: Office; action: FormAction }) {
  const t = useTranslations();
  return (
    <StaffForm
      key={office.id}
      action={action}
      idPrefix={`biuro-${office.id}`}
      submit={t('catalogue.office.save')}
      fields={[
        { name: 'officeId', label: '', type: 'hidden', defaultValue: office.id },
        { name: 'name', label: t('catalogue.office.name'), defaultValue: office.name, required: true },
        {
          name: 'shortName',
          label: t('catalogue.office.shortName'),
          hint: t('catalogue.office.shortNameHint'),
          defaultValue: office.shortName,
          required: true,
        },
        {
          name: 'address',
          label: t('catalogue.office.address'),
          defaultValue: office.address,
          required: true,
        },
        {
          name: 'postalCode',
          label: t('catalogue.office.postalCode'),
          defaultValue: office.postalCode,
          required: true,
        },
        {
          name: 'bookingPhone',
          label: t('catalogue.office.bookingPhone'),
          hint: t('catalogue.office.bookingPhoneHint'),
          type: 'tel',
          defaultValue: office.bookingPhone,
          required: true,
        },
      ]}
    />
  );
}
