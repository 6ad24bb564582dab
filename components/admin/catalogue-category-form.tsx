import { useTranslations } from '@/lib/i18n/server';
import type { FormAction } from '@/lib/validation/form-state';
import { StaffForm } from './staff-form';

type Category = {
  id: string;
  name: string;
  description: string | null;
  ticketPrefix: string;
  active: boolean;
};

/** A category's name, description, ticket letter and whether residents see it. */
export function CatalogueCategoryForm({ category, action }: { category: Category; action: FormAction }) {
  const t = useTranslations();
  return (
    <StaffForm
      key={category.id}
      action={action}
      idPrefix={`kategoria-${category.id}`}
      submit={t('catalogue.category.save')}
      fields={[
        { name: 'categoryId', label: '', type: 'hidden', defaultValue: category.id },
        { name: 'name', label: t('catalogue.category.name'), defaultValue: category.name, required: true },
        {
          name: 'description',
          label: t('catalogue.category.description'),
          hint: t('catalogue.category.descriptionHint'),
          type: 'textarea',
          rows: 2,
          defaultValue: category.description ?? '',
        },
        {
          name: 'ticketPrefix',
          label: t('catalogue.category.ticketPrefix'),
          hint: t('catalogue.category.ticketPrefixHint'),
          defaultValue: category.ticketPrefix,
          required: true,
        },
        {
          name: 'active',
          label: t('catalogue.category.activeField'),
          hint: t('catalogue.category.activeHint'),
          type: 'checkbox',
          defaultValue: category.active ? 'on' : '',
        },
      ]}
    />
  );
}
