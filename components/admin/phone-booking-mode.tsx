import type { FormAction } from '@/lib/validation/form-state';
import { useTranslations } from '@/lib/i18n/server';
import { StaffForm } from './staff-form';

type Office = {
  id: string;
  name: string;
  bookingPhone: string;
  categories: { id: string; name: string; phoneOnly: boolean; phoneOnlyNote: string | null }[];
};

/**
 * Per category: online booking, or by phone only while restrictions are in force (the public
 * pages then show the office's booking phone instead of the calendar).
 */
export function PhoneOnlyModes({
  offices,
  setPhoneOnlyAction,
}: {
  offices: Office[];
  setPhoneOnlyAction: FormAction;
}) {
  const t = useTranslations();
  return (
    <div className="mt-2 space-y-6">
      {offices.map((o) => (
        <div key={o.id}>
          <h3 className="font-semibold">
            {o.name}{' '}
            <span className="font-normal text-slate-700">
              {t('admin.phoneOnly.bookingPhone', { phone: o.bookingPhone })}
            </span>
          </h3>
          <ul className="mt-2 grid gap-3 md:grid-cols-2">
            {o.categories.map((c) => (
              <li key={c.id}>
                <section
                  aria-label={`${c.name} — ${o.name}`}
                  className="rounded-md border border-slate-300 p-3"
                >
                  <h4 className="font-medium">{c.name}</h4>
                  <p className="mb-2 text-sm">
                    {t('admin.phoneOnly.now')}{' '}
                    <strong>{t(c.phoneOnly ? 'admin.phoneOnly.phoneOnly' : 'admin.phoneOnly.online')}</strong>
                    {c.phoneOnly && c.phoneOnlyNote && (
                      <span className="block">{t('admin.phoneOnly.note', { note: c.phoneOnlyNote })}</span>
                    )}
                  </p>
                  <StaffForm
                    action={setPhoneOnlyAction}
                    idPrefix={`tryb-${c.id}`}
                    variant={c.phoneOnly ? 'primary' : 'secondary'}
                    submit={t(c.phoneOnly ? 'admin.phoneOnly.restore' : 'admin.phoneOnly.enable')}
                    fields={[
                      { name: 'categoryId', label: '', type: 'hidden', defaultValue: c.id },
                      {
                        name: 'phoneOnly',
                        label: '',
                        type: 'hidden',
                        defaultValue: c.phoneOnly ? 'off' : 'on',
                      },
                      ...(c.phoneOnly
                        ? []
                        : [
                            {
                              name: 'phoneOnlyNote',
                              label: t('admin.phoneOnly.noteLabel'),
                              type: 'textarea' as const,
                              hint: t('admin.phoneOnly.noteHint'),
                            },
                          ]),
                    ]}
                  />
                </section>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
