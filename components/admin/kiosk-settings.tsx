import { StaffForm } from '@/components/admin/staff-form';
import { useTranslations } from '@/lib/i18n/server';
import type { OfficeKioskSettings } from '@/lib/server/queue/list-kiosk-settings';
import type { FormAction } from '@/lib/validation/form-state';

const on = (b: boolean) => (b ? 'on' : '');

/** The office's ticket machine (on/off, the code's window) and each category's walk-in tickets. */
export function KioskSettings({
  office,
  kioskAction,
  walkInAction,
}: {
  office: OfficeKioskSettings;
  kioskAction: FormAction;
  walkInAction: FormAction;
}) {
  const t = useTranslations();
  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <section aria-labelledby="ustawienia-biletomatu">
        <h2 id="ustawienia-biletomatu" className="text-xl font-semibold">
          {t('kiosk.admin.settings.heading')}
        </h2>
        <div className="mt-3">
          <StaffForm
            action={kioskAction}
            idPrefix="biletomat"
            submit={t('kiosk.admin.settings.submit')}
            fields={[
              { name: 'officeId', label: '', type: 'hidden', defaultValue: office.id },
              {
                name: 'kioskEnabled',
                label: t('kiosk.admin.settings.enabled'),
                type: 'checkbox',
                hint: t('kiosk.admin.settings.enabledHint'),
                defaultValue: on(office.kioskEnabled),
              },
              {
                name: 'kioskEarlyMin',
                label: t('kiosk.admin.settings.early'),
                type: 'number',
                hint: t('kiosk.admin.settings.earlyHint'),
                defaultValue: String(office.kioskEarlyMin),
              },
              {
                name: 'kioskLateMin',
                label: t('kiosk.admin.settings.late'),
                type: 'number',
                hint: t('kiosk.admin.settings.lateHint'),
                defaultValue: String(office.kioskLateMin),
              },
            ]}
          />
        </div>
      </section>
      <section aria-labelledby="bez-rezerwacji">
        <h2 id="bez-rezerwacji" className="text-xl font-semibold">
          {t('kiosk.admin.walkIn.heading')}
        </h2>
        <p className="mt-2 text-slate-700">{t('kiosk.admin.walkIn.intro')}</p>
        <ul className="mt-3 space-y-5">
          {office.categories.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-300 p-3">
              <h3 className="font-semibold">
                {c.name} ({c.letter})
              </h3>
              <StaffForm
                action={walkInAction}
                compact
                idPrefix={`kategoria-${c.id}`}
                submit={t('kiosk.admin.walkIn.submit', { name: c.name })}
                fields={[
                  { name: 'categoryId', label: '', type: 'hidden', defaultValue: c.id },
                  {
                    name: 'walkInEnabled',
                    label: t('kiosk.admin.walkIn.enabled', { name: c.name }),
                    type: 'checkbox',
                    defaultValue: on(c.walkInEnabled),
                  },
                  {
                    name: 'walkInStopMin',
                    label: t('kiosk.admin.walkIn.stop', { name: c.name }),
                    type: 'number',
                    inline: true,
                    defaultValue: String(c.walkInStopMin),
                  },
                ]}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
