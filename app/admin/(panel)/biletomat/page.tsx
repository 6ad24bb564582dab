import type { Metadata } from 'next';
import { KioskDeviceTable } from '@/components/admin/kiosk-device-table';
import { KioskPairingForm } from '@/components/admin/kiosk-pairing-form';
import { KioskSettings } from '@/components/admin/kiosk-settings';
import { OfficePicker } from '@/components/admin/office-picker';
import { Alert } from '@/components/ui/alert';
import { formatStamp } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import { listKioskDevices } from '@/lib/server/queue/list-kiosk-devices';
import { listKioskSettings } from '@/lib/server/queue/list-kiosk-settings';
import { requireAdminPage, resolveOffice } from '@/lib/server/staff/guard';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import {
  createPairingCodeAction,
  revokeKioskDeviceAction,
  updateKioskSettingsAction,
  updateWalkInSettingsAction,
} from './actions';

export const metadata: Metadata = { title: 'Biletomat' };

/** Administrators: pair and revoke an office's ticket machines; its kiosk and walk-in settings. */
export default async function KioskAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations();
  const staff = await requireAdminPage();
  const q = parseSearchParams({ biuro: SEARCH.slug }, await searchParams);
  const { office, offices } = await resolveOffice(staff, q.biuro);
  const [settings, devices] = await Promise.all([
    listKioskSettings(staff),
    listKioskDevices(staff, office.id),
  ]);
  const current = settings.find((s) => s.id === office.id)!;
  return (
    <>
      <h1 className="text-2xl font-bold">{t('kiosk.admin.heading', { office: office.name })}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {t('kiosk.admin.intro', { path: `/kiosk/${office.slug}` })}
      </p>
      <div className="mt-4">
        <OfficePicker offices={offices} current={office.slug} />
      </div>
      <section aria-labelledby="parowanie" className="mt-8">
        <h2 id="parowanie" className="text-xl font-semibold">
          {t('kiosk.admin.pairing.heading')}
        </h2>
        {current.pairingPaused && (
          <Alert tone="warning" className="mt-3 max-w-3xl">
            {t('kiosk.admin.pairing.paused', {
              when: formatStamp(current.pairingPaused.since),
              count: String(current.pairingPaused.wrongCodes),
            })}
          </Alert>
        )}
        <div className="mt-3">
          <KioskPairingForm
            action={createPairingCodeAction}
            officeId={office.id}
            labels={{
              name: t('kiosk.admin.pairing.name'),
              nameHint: t('kiosk.admin.pairing.nameHint'),
              submit: t('kiosk.admin.pairing.submit'),
              codeLabel: t('kiosk.admin.pairing.codeLabel'),
              instructions: t('kiosk.admin.pairing.instructions', { path: `/kiosk/${office.slug}` }),
            }}
          />
        </div>
      </section>
      <section aria-labelledby="urzadzenia" className="mt-10">
        <h2 id="urzadzenia" className="text-xl font-semibold">
          {t('kiosk.admin.devices.heading')}
        </h2>
        <KioskDeviceTable
          devices={devices}
          caption={t('kiosk.admin.devices.caption', { office: office.name })}
          revokeAction={revokeKioskDeviceAction}
        />
      </section>
      <div className="mt-10">
        <KioskSettings
          office={current}
          kioskAction={updateKioskSettingsAction}
          walkInAction={updateWalkInSettingsAction}
        />
      </div>
    </>
  );
}
