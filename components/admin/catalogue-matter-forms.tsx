import { useTranslations } from '@/lib/i18n/server';
import type { Translator } from '@/lib/i18n/translator';
import type { FormAction } from '@/lib/validation/form-state';
import { type StaffField, StaffForm } from './staff-form';

type Matter = {
  id: string;
  name: string;
  peupPath: string | null;
  peupUrl: string;
  requiresApplicationNumber: boolean;
  active: boolean;
  sortOrder: number;
  bookings: number;
};

const peupField = (t: Translator, base: string, value: string): StaffField => ({
  name: 'peupPath',
  label: t('catalogue.matter.peupPath'),
  hint: t('catalogue.matter.peupPathHint', { base }),
  defaultValue: value,
});

/**
 * Each matter of a category in a box of its own: its fields, the link residents get now, its
 * bookings, and "Usuń" only for a matter nobody ever booked (the others are switched off).
 */
export function CatalogueMatterForms({
  matters,
  peupBase,
  updateAction,
  deleteAction,
}: {
  matters: Matter[];
  peupBase: string;
  updateAction: FormAction;
  deleteAction: FormAction;
}) {
  const t = useTranslations();
  return (
    <ul className="mt-3 grid gap-4 lg:grid-cols-2">
      {matters.map((m) => (
        <li key={m.id}>
          <section
            aria-label={t('catalogue.matter.formLabel', { name: m.name })}
            className="rounded-md border border-slate-300 p-3"
          >
            <h3 className="font-semibold">{m.name}</h3>
            <p className="mb-3 text-sm break-all text-slate-700">
              {t('catalogue.matter.peupNow')}{' '}
              <a href={m.peupUrl} className="text-brand underline" rel="noopener">
                {m.peupUrl}
              </a>
              <span className="block">{t('catalogue.matter.bookings', { count: m.bookings })}</span>
            </p>
            <StaffForm
              action={updateAction}
              idPrefix={`sprawa-${m.id}`}
              submit={t('catalogue.matter.save')}
              fields={[
                { name: 'matterId', label: '', type: 'hidden', defaultValue: m.id },
                { name: 'name', label: t('catalogue.matter.name'), defaultValue: m.name, required: true },
                peupField(t, peupBase, m.peupPath ?? ''),
                {
                  name: 'requiresApplicationNumber',
                  label: t('catalogue.matter.requiresApplicationNumber'),
                  type: 'checkbox',
                  defaultValue: m.requiresApplicationNumber ? 'on' : '',
                },
                {
                  name: 'active',
                  label: t('catalogue.matter.activeField'),
                  type: 'checkbox',
                  defaultValue: m.active ? 'on' : '',
                },
                {
                  name: 'sortOrder',
                  label: t('catalogue.matter.sortOrder'),
                  hint: t('catalogue.matter.sortOrderHint'),
                  type: 'number',
                  defaultValue: String(m.sortOrder),
                },
              ]}
            />
            {m.bookings === 0 && (
              <div className="mt-3 border-t border-slate-200 pt-3">
                <StaffForm
                  action={deleteAction}
                  idPrefix={`usun-${m.id}`}
                  variant="danger"
                  compact
                  submit={t('catalogue.matter.delete')}
                  fields={[{ name: 'matterId', label: '', type: 'hidden', defaultValue: m.id }]}
                />
              </div>
            )}
          </section>
        </li>
      ))}
    </ul>
  );
}

/** A new matter of the category, added at the end of its list. */
export function CatalogueNewMatterForm({
  categoryId,
  peupBase,
  action,
}: {
  categoryId: string;
  peupBase: string;
  action: FormAction;
}) {
  const t = useTranslations();
  return (
    <StaffForm
      action={action}
      idPrefix="nowa-sprawa"
      submit={t('catalogue.matter.create')}
      fields={[
        { name: 'categoryId', label: '', type: 'hidden', defaultValue: categoryId },
        { name: 'name', label: t('catalogue.matter.name'), required: true },
        peupField(t, peupBase, ''),
        {
          name: 'requiresApplicationNumber',
          label: t('catalogue.matter.requiresApplicationNumber'),
          type: 'checkbox',
        },
      ]}
    />
  );
}
