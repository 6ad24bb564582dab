import { useTranslations } from '@/lib/i18n/server';
import type { Translator } from '@/lib/i18n/translator';
import type { FormAction } from '@/lib/validation/form-state';
import { type StaffField, StaffForm } from './staff-form';

type WalkIn = { id: string; name: string; room: string; phones: string[]; active: boolean };

const fieldsOf = (t: Translator, w?: WalkIn): StaffField[] => [
  { name: 'name', label: t('catalogue.walkIn.name'), defaultValue: w?.name, required: true },
  { name: 'room', label: t('catalogue.walkIn.room'), defaultValue: w?.room, required: true },
  {
    name: 'phones',
    label: t('catalogue.walkIn.phones'),
    hint: t('catalogue.walkIn.phonesHint'),
    defaultValue: w?.phones.join(', '),
    required: true,
  },
];

/** The matters an office handles without booking, each editable and switchable off, and a new one. */
export function CatalogueWalkInForms({
  officeId,
  walkIns,
  updateAction,
  createAction,
}: {
  officeId: string;
  walkIns: WalkIn[];
  updateAction: FormAction;
  createAction: FormAction;
}) {
  const t = useTranslations();
  return (
    <>
      <ul className="mt-3 grid gap-4 lg:grid-cols-2">
        {walkIns.map((w) => (
          <li key={w.id}>
            <section
              aria-label={t('catalogue.walkIn.formLabel', { name: w.name })}
              className="rounded-md border border-slate-300 p-3"
            >
              <h3 className="mb-2 font-semibold">{w.name}</h3>
              <StaffForm
                action={updateAction}
                idPrefix={`bez-rezerwacji-${w.id}`}
                submit={t('catalogue.walkIn.save')}
                fields={[
                  { name: 'walkInId', label: '', type: 'hidden', defaultValue: w.id },
                  ...fieldsOf(t, w),
                  {
                    name: 'active',
                    label: t('catalogue.walkIn.activeField'),
                    type: 'checkbox',
                    defaultValue: w.active ? 'on' : '',
                  },
                ]}
              />
            </section>
          </li>
        ))}
      </ul>
      <section aria-labelledby="nowa-bez-rezerwacji" className="mt-6 max-w-xl">
        <h3 id="nowa-bez-rezerwacji" className="font-semibold">
          {t('catalogue.walkIn.addHeading')}
        </h3>
        <StaffForm
          action={createAction}
          idPrefix="nowa-bez-rezerwacji"
          submit={t('catalogue.walkIn.create')}
          fields={[{ name: 'officeId', label: '', type: 'hidden', defaultValue: officeId }, ...fieldsOf(t)]}
        />
      </section>
    </>
  );
}
